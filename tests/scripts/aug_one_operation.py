# x op= e where e is one operation or one leaf (an item of an item, len(), an attribute):
# computed on machine numbers when it can be, and exactly as CPython when it cannot.
import sys


class P:
    def __init__(self):
        self.n = 5
        self.f = 0.5

    @property
    def prop(self):
        print("prop read")
        return 7


def run():
    total = 0
    a, b = 7, 3
    xs = [[1, 2], (3, 4.5)]
    p = P()
    total += a - b
    total += xs[1][0]
    total += len(xs)
    total += p.n
    total -= a * b
    total *= a + b
    print(total)
    f = 1.5
    f += a / b
    f += xs[1][1]
    f -= p.f
    f **= 2
    print(f)
    big = 2 ** 62
    big += big - 1
    print(big, type(big))
    big2 = 9
    big2 *= 2 ** 40 * 2 ** 30
    print(big2)
    t = 10
    t += p.prop
    print(t)
    t //= a - 4
    t %= xs[0][1]
    print(t)
    for bad in ("t += a // (b - b)", "t += xs[5][0]", "t += xs[0][7]", "t += len(5)", "t += p.missing", "t += a - None"):
        try:
            exec(bad)
        except Exception as e:
            print(bad, "->", type(e).__name__, e)
    s = "ab"
    s += xs and "c"
    print(s)
    lst = [1]
    lst += xs[0]
    print(lst)
    n = 1000
    before = sys.getrefcount(n)
    n += a - a
    print(n, sys.getrefcount(n) - before)


run()


def errors():
    t = 1
    a = 0
    t += 5 // a


errors()
