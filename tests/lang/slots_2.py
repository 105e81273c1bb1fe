# __slots__ with inheritance and __dict__
class Base:
    __slots__ = ("a",)

class Child(Base):
    __slots__ = ("b",)

class Free(Base):
    pass

c = Child()
c.a = 1
c.b = 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError:", e)

f = Free()
f.a = 1
f.anything = "ok"
print(f.a, f.anything, f.__dict__)

class WithDict:
    __slots__ = ("x", "__dict__")

w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)

class Single:
    __slots__ = "only"

s = Single()
s.only = "yes"
print(s.only)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
