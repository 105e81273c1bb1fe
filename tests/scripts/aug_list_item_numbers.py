# xs[k] op= y on a list item holding a number, y computed from numbers names hold: the new
# number replaces the item; every other case and every error as CPython.
import sys


def run():
    xs = [1, 2.5, 10, -4, 2 ** 62]
    dx, m = 0.5, 3
    k = 1
    xs[0] += dx * m
    xs[k] -= dx - m
    xs[2] *= m + 1
    xs[-2] //= m
    xs[4] += 2 ** 62
    xs[4] += xs[0]
    xs[3] **= m
    xs[2] %= m * 2
    print(xs)
    i = 0
    xs[i] /= m - 1
    print(xs)
    big = 10 ** 20
    before = sys.getrefcount(big)
    ys = [big, 7]
    ys[0] += 0
    print(ys, sys.getrefcount(big) - before)
    zs = [1.5]
    f = 8.0
    zs[0] = f
    zs[0] **= 1 / 3
    print(zs)


run()


class L(list):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)


def sub():
    ls = L([1, 2])
    a, b = 3, 4
    ls[0] += a * b
    print(ls)
    t = [1, "s", [2]]
    t[1] += "x" * 2
    t[2] += [a]
    print(t)


sub()


def errors():
    xs = [1, 2]
    a, b = 5, 0
    for code in ("xs[0] //= a * b", "xs[5] += a - b", "xs[-3] -= a + b", "xs[0] += a + None"):
        try:
            exec(code)
        except Exception as e:
            print(code, "->", type(e).__name__, e)
    print(xs)
    xs[1] /= a * b


errors()
