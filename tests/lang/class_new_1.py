# __new__ and __init__ interplay
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x

t = Tracked(5)
print(t.created, t.x)

class Other:
    pass

class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)

f1 = Factory("self")
f2 = Factory("other")
print(type(f1).__name__, type(f2).__name__)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p))
