# classmethod counters and polymorphism with staticmethod/classmethod mix
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
        Shape.total = getattr(Shape, "total", 0) + 1

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @staticmethod
    def unit():
        return "units"

    @classmethod
    def info(cls):
        return "%s count=%d %s" % (cls.__name__, cls.count, cls.unit())

class Square(Shape):
    count = 0
    @staticmethod
    def unit():
        return "squares"

class Circle(Shape):
    count = 0

Square.create()
Square.create()
Circle.create()
Shape.create()
print(Shape.info())
print(Square.info())
print(Circle.info())
print(Shape.total)

def outside(cls, x):
    return cls.__name__ + str(x)

Shape.ext = classmethod(outside)
print(Square.ext(5), Circle().ext(6))
