# decorators on classes that wrap methods
def trace_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(f, name=name):
                def w(*a, **k):
                    print("->", cls.__name__ + "." + name)
                    return f(*a, **k)
                return w
            setattr(cls, name, make(val))
    return cls

@trace_methods
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a

c = Calc()
print(c.add(1, 2))
print(c.neg(5))

def with_slots_listing(cls):
    cls.fields = tuple(k for k in vars(cls) if not k.startswith("_"))
    return cls

@with_slots_listing
class Thing:
    x = 1
    y = 2
    def z(self):
        pass

print(Thing.fields)

def frozen_class(cls):
    def __setattr__(self, k, v):
        raise AttributeError("frozen: " + k)
    cls.__setattr__ = __setattr__
    return cls

@frozen_class
class P:
    pass

try:
    P().a = 1
except AttributeError as e:
    print(e)
