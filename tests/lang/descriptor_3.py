# functions are descriptors: bound methods
class C:
    def method(self, x):
        return (type(self).__name__, x)

c = C()
bound = c.method
print(bound(1))
print(bound.__self__ is c, bound.__func__ is C.method)
print(C.method(c, 2))
f = C.__dict__["method"]
print(f.__get__(c, C)(3))
print(f.__get__(None, C) is f)

def free(self):
    return "free called on " + type(self).__name__
C.free = free
print(c.free())
c.inst = free
try:
    c.inst()
except TypeError as e:
    print("TypeError:", e)
print(c.method == c.method, c.method is c.method)

class Wrapper:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: ("wrapped", self.f(obj, *a))

class D:
    @Wrapper
    def m(self, y):
        return y * 2
print(D().m(21))
print(type(D.m).__name__)
