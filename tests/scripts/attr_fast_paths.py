# Reading, storing and augmenting an instance's own attributes: hooks and descriptors
# added on the way are honoured, and old values die after the store, as in CPython.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    def __init__(self):
        self.x = 1
        self.big = 10**6
        self.f = 1.5
        self.n = Noisy("first")


p = P()
print(p.x, p.big, p.f, sys.getrefcount(p.n))
p.n = Noisy("second")
print("stored")
p.x += 1
p.big += 1
p.f *= 2
print(p.x, p.big, p.f)


def add_hook():
    def setter(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    P.__setattr__ = setter
    return 5


p.x += add_hook()
print(p.x)
del P.__setattr__


def read_dict():
    print(sorted(p.__dict__))
    return 1


p.x += read_dict()
print(p.x, p.__dict__["x"])


class Q:
    def __init__(self):
        self.v = 1


q = Q()
print(q.v)
Q.v = property(lambda self: "from property")
print(q.v)
del Q.v
print(q.v)
q.v = [1, 2]
q.v += [3]
print(q.v, sys.getrefcount(q.v))


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Slotted()
s.a += 41
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(p.missing)
except AttributeError as e:
    print("AttributeError", e)
del p
print("end")
