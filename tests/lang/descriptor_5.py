# implementing staticmethod/classmethod/property as pure-Python descriptors
class my_property:
    def __init__(self, fget):
        self.fget = fget
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.fget(obj)

class my_staticmethod:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner=None):
        return self.f

class my_classmethod:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)
        def bound(*args):
            return self.f(owner, *args)
        return bound

class C:
    def __init__(self, v):
        self.v = v
    @my_property
    def double(self):
        return self.v * 2
    @my_staticmethod
    def add(a, b):
        return a + b
    @my_classmethod
    def make(cls, v):
        return cls(v)

class D(C):
    pass

c = C(21)
print(c.double)
print(C.add(1, 2), c.add(3, 4))
d = D.make(5)
print(type(d).__name__, d.double)
print(type(c.make(1)).__name__)
print(type(C.double).__name__)
c.double = "shadowed"
print(c.double)
