# Class attribute lookups that are remembered per class version must see every change to
# the namespaces of the class and of its MRO.
import gc
import sys


class A:
    def f(self):
        return "A.f"

    kind = "a"


class B(A):
    pass


class C(B):
    pass


c = C()
for _ in range(3):
    print(c.f(), c.kind, C.kind)

# A name added to a class between the looked-up class and the definer shadows it.
def b_f(self):
    return "B.f"


B.f = b_f
print(c.f(), B().f(), A().f())

# Replaced in place, in the defining class.
A.kind = "a2"
print(c.kind, C.kind, B.kind)

# Removed again: the lookup falls back to A.
del B.f
print(c.f())

# A name not found, remembered as missing, then added to the root.
print(hasattr(c, "g"), hasattr(C, "g"))
A.g = lambda self: "A.g"
print(hasattr(c, "g"), c.g())
del A.g
print(hasattr(c, "g"))
try:
    c.g()
except AttributeError as e:
    print("AttributeError:", e)

# Special names: __getattr__ added later, then removed.
print(getattr(c, "missing", "default"))
A.__getattr__ = lambda self, n: "via __getattr__ " + n
print(c.missing)
del A.__getattr__
print(getattr(c, "missing", "default"))

# __del__ added to a base after instances were made and released.
C().f()
B.__del__ = lambda self: print("del", type(self).__name__)
x = C()
del x
del B.__del__
y = C()
del y
print("no del")

# Many classes sharing a name, each defining it at a different depth.
classes = []
base = A
for i in range(40):
    attrs = {"f": (lambda i: lambda self: "f%d" % i)(i)} if i % 3 == 0 else {}
    base = type("K%d" % i, (base,), attrs)
    classes.append(base)
print([k().f() for k in classes][:8], classes[-1]().f())
classes[38].f = lambda self: "patched"
print(classes[-1]().f(), classes[37]().f())

# A class that dies in a collection, and a new one made in its place.
def make():
    class T:
        def who(self):
            return "T1"
    return T


t = make()
print(t().who())
del t
gc.collect()
t2 = make()
t2.who = lambda self: "T2"
print(t2().who(), make()().who())

# Method values stay alive as long as the class holds them.
class M:
    def meth(self):
        return 1


m = M()
print(m.meth(), sys.getrefcount(M.__dict__["meth"]))
def other(self):
    return 2


M.meth = other
print(m.meth(), sys.getrefcount(other))
