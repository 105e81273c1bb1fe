# Arithmetic of two or more operations over names, constants and items: results,
# errors and their positions, and comparisons, as python3.11 computes them.
import sys

def trees(a, b, x, y, big, xs):
    print(a * b + a - b, a * b // 3 - a % 4, (a + b) * (a - b) // 2 + a + 1)
    print(x * y - x / y + 1.5, 2 * x * y + a, -x * y + -a, x ** 0.5 * 2, (x + y) ** 2.5 - 1)
    print(a / b + 1, a / b * 3, 7 / 2 - 1, -a // b + 0)
    print(big * big + 1, big * 3 - 1, -big * 1000 - 1, (big + big) * 4)
    print(xs[0] * xs[1] + xs[2], xs[-1] - xs[0] * 2.0, xs[1] // xs[0] + 3)
    print(a << 3 | 1, a & b ^ 7, (a >> 1) + (b << 2), a * 2 ** 3)
    print(0.1 + 0.2 - 0.3, 1e308 * 10 - 1, -0.0 * 1 + -0.0, (x - x) * -1.0 + 0.0)
    print(x * 1e308 * 10 > 0, x * y + 1 < 7, a * b + 1 == 7.0, a + b * 0.5 >= 3)
    print(2 ** 53 + 1 == 2.0 ** 53 + 0, 2 ** 53 + a - a == 2.0 ** 53, big * 2 + 1 > 1.0 * big)
    nan = float("nan")
    print(nan * 1 + 0 == nan * 1 + 0, nan + x < 1, nan - 1 != nan)
    print(type(a * b + 0).__name__, type(a * b + 0.0).__name__, type(a / b + 0).__name__)

trees(5, 3, 2.25, 1.5, 2 ** 62, [1.5, 4, -2.0])

def errors(a, b, x, zero):
    for f in [lambda: a * b + a // zero, lambda: x * 2 / zero + 1, lambda: a * x % (zero * 1.0),
              lambda: (x - x) ** -1 + 1, lambda: 10.0 ** 400 * 1 + 1,
              lambda: a * b + "s", lambda: [a] * 2 + b]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)

errors(5, 3, 2.25, 0)

class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __mul__(self, other):
        return F(float(self) * other)

f = F(2.0)
print(f * 3 + 1, 1 + f * 3, f * f * 1.0)

big = 10 ** 20
r = big * 2 + 1
print(r, sys.getrefcount(big), big * big - big)
values = [1.5, 2.5]
total = values[0] * values[1] + values[0] - values[1]
print(total, sys.getrefcount(values[0]))

class P:
    def __init__(self, w, h):
        self.w, self.h = w, h

class Prop(P):
    @property
    def h(self):
        print("property h")
        return 10
    @h.setter
    def h(self, v):
        pass

class Hook(P):
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)

class Missing(P):
    def __getattr__(self, n):
        print("getattr", n)
        return 0.5

def attrs(p, q, r, m):
    print(p.w * p.h, p.w * p.h // 2 + 1, -p.w * 2.5 + p.h, q.w * q.h + 1, r.w * r.h - 1, m.w * m.z + 1)
    p.w = "ab"
    print(p.w * p.h, p.w * 2 + "c")
    try:
        print(p.zz * 2 + 1)
    except AttributeError as e:
        print("AttributeError", e)

attrs(P(3, 4), Prop(3, 4), Hook(2.5, 2), Missing(1, 2))

class Sized:
    def __len__(self):
        print("__len__")
        return 7

def leaves(xs, t, s, d, z):
    print(xs[1][0] * 2 + xs[0], xs[1][1][0] - xs[1][0] * 3, t[0][1] + t[1][0] * 1.5)
    print(len(xs) * 2 + 1, len(t) + len(s) * len(d) - 1, len(s) * 1.0 + xs[0], len(z) + 1 - 1)
    total = 0
    for k in range(3):
        total += xs[1][0] * k + len(xs)
        total -= k * k - 1
    print(total)
    f = 1.5
    f *= xs[0] + len(s) * 0.5
    f /= 2 * 2 + 0.0
    print(f)
    w = "ab"
    w += "c" * 2 + "d"
    items = [1]
    items += [2] * 2 + [3]
    print(w, items)
    for bad in [lambda: xs[5][0] * 2 + 1, lambda: xs[1][9] + 1 - 1, lambda: len(5) * 2 + 1]:
        try:
            print(bad())
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)

leaves([2, [5, [11, 0]]], ((1, 2), (3, 4)), "héllo", {"a": 1, "b": 2}, Sized())

def shadowed(xs):
    return len(xs) * 2 + 1

len = lambda x: 100
print(shadowed([1, 2, 3]))
del len
print(shadowed([1, 2, 3]))

def traceback_position(a, b):
    return a * b + a // (b - b)

traceback_position(3, 4)
