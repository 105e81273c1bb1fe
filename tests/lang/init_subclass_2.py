# __init_subclass__ validation and implicit classmethod
class Interface:
    required = ()
    def __init_subclass__(cls):
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError("%s missing %s" % (cls.__name__, ", ".join(missing)))

class Shape(Interface):
    required = ("area",)
    def area(self):
        return 0

try:
    class Circle(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def area(self):
        return 4
print(Square().area())

print(type(Interface.__dict__["__init_subclass__"]).__name__)

class Counter:
    subclasses = 0
    def __init_subclass__(cls, /, step=1, **kw):
        Counter.subclasses += step
        cls.depth = len(cls.__mro__) - 2

class L1(Counter): pass
class L2(L1, step=10): pass
class L3(L2): pass
print(Counter.subclasses, L1.depth, L2.depth, L3.depth)
