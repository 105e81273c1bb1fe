# `obj.x op= y` on a number attribute: plain instances, __setattr__, properties, slots,
# errors, and right sides that are names, items, attributes or arithmetic trees.
import sys

class P:
    def __init__(self):
        self.n = 10
        self.x = 1.5
        self.s = "ab"

class Logged(P):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

class Slotted:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 3

class Prop:
    def __init__(self):
        self._n = 1
    @property
    def n(self):
        print("get n")
        return self._n
    @n.setter
    def n(self, v):
        print("set n", v)
        self._n = v

def run(p, k, xs):
    p.n += 1
    p.n -= k
    p.n *= k + 1
    p.x /= 2
    p.x += p.n * 0.5 - xs[0]
    p.n //= 3
    p.n %= 7
    p.n <<= 2
    p.n **= 2
    p.s += "c"
    p.n += 2 ** 70
    print(p.n, p.x, p.s)
    try:
        p.n //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, p.n)
    try:
        p.s += 1
    except TypeError as e:
        print("TypeError:", e)

run(P(), 3, [0.25])
run(Logged(), 2, [1.0])
q = Slotted()
q.n += 4
q.n *= q.n + 1
print(q.n)
r = Prop()
r.n += 5
r.n *= 2 + r.n
print(r._n)
big = P()
big.n = 10 ** 30
big.n += 1
print(big.n, sys.getrefcount(big))
