# Arithmetic on list and tuple items, float temporaries, str(int) and short concatenations:
# values, counts and errors as CPython's.
import sys

b = [1.5, 2.25, -3.0, 4, 10**20]
t = (0.5, 7)
print(b[0] - b[1], b[-3] * t[0], b[3] + t[1], b[4] - b[3], t[-1] // b[3])
x = b[0] * b[1] + b[2] * b[2] - t[0] / b[1]
print(x, type(x).__name__)
y = (b[0] + 1.0) * (b[1] - 1.0) / (b[2] + 0.5)
print(y)
print(sys.getrefcount(b[0]), sys.getrefcount(b[1]))
try:
    print(b[0] - b[9])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[5] * 2)
except IndexError as e:
    print("IndexError", e)
try:
    print(b[0] / (b[2] + 3.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
words = ["ab", "cd"]
print(words[0] + words[1], words[1] * 2)
b[0] -= b[1] * 2.0
b[1] += b[2]
b[-1] -= 1
print(b)


def locals_too(xs, k):
    acc = 0.0
    for i in range(k):
        acc += xs[i] * xs[i] - xs[i - 1] / 2
        acc = acc * 0.5 + 1.0
    return acc


print(locals_too([1.0, 2.0, 3.0, 4.0], 4))
f1 = 1.25
f2 = f1 * 2.0 + 0.5
f3 = f1 * 2.0 + 0.5
print(f2, f3, f2 is f3, f2 == f3, sys.getrefcount(f2))
s = str(12345678) + str(-5) + str(0)
print(s, len(s), str(7) is str(7), str(123) == "123")
short = "ab" + "c" + str(4)
print(short, short == "abc4", len(short))
uni = "é" + "x"
print(uni, len(uni), uni + "yz", "xy" + "é")
print(str(2**63 - 1), str(-2**63), str(True), str(1.5))
