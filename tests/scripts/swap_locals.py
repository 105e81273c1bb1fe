# `a, b = b, a` among locals permutes the slots; counts, identity and errors as CPython's.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def swap2():
    a, b = Noisy("a"), Noisy("b")
    ra, rb = sys.getrefcount(a), sys.getrefcount(b)
    a, b = b, a
    print(a.name, b.name, sys.getrefcount(a) - rb, sys.getrefcount(b) - ra)
    a, b = a, b
    print(a.name, b.name)


def rotate3():
    x, y, z = [1], [2], [3]
    keep = x
    x, y, z = z, x, y
    print(x, y, z, keep is y, sys.getrefcount(y))
    x, y, z = y, z, x
    print(x, y, z)
    y, x, z = x, z, y
    print(x, y, z)


def not_a_permutation():
    a, b = Noisy("p"), Noisy("q")
    a, b = b, b
    print("after", a.name, b.name)


def unbound():
    try:
        a, b = b, a
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    a = 1
    try:
        a, b = b, a
    except UnboundLocalError as e:
        print(type(e).__name__, e, a)


def same_slot():
    a = 5
    a, a = a, a
    print(a)


def with_cell():
    a, b = "x", "y"

    def inner():
        return a + b

    a, b = b, a
    print(inner())


swap2()
rotate3()
not_a_permutation()
unbound()
same_slot()
with_cell()
for i in range(3):
    p, q = "p%d" % i, "q%d" % i
    p, q = q, p
    print(p, q)
