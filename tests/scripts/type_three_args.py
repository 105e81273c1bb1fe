# type(name, bases, dict) makes a class as a class statement does.
class A:
    def f(self): return 1
K = type("K", (A,), {"x": 1, "__eq__": lambda s, o: True})
print(K, K.__mro__, K.__qualname__, K.__module__, K.__doc__, K.__hash__, K().f(), K.x)
print(sorted(k for k in K.__dict__))
E = type("E", (), {})
print(E.__bases__, E.__dict__.keys())
for args in [(1, (), {}), ("K", [A], {}), ("K", (), []), ("K", ()), ("K", (1,), {}), ("K",(), {"__qualname__": 5}), ("K",(), {"__qualname__": "Q.K", "__doc__": "d"})]:
    try:
        T = type(*args)
        print(T, T.__qualname__, T.__doc__, T.__dict__.keys())
    except Exception as e:
        print(type(e).__name__, e)
import sys
print(sys.getrefcount(E))
D = type("D", (K,), {"__init__": lambda self, v: setattr(self, "v", v), "__slots__": ()})
d = D(3)
print(d.v, d.f(), isinstance(d, A), D.__mro__)
class Meta:
    pass
print(type("S", (Exception,), {})("boom").args, repr(type("Q", (), {"__repr__": lambda s: "<Q>"})()))
