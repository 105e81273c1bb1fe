# classmethod basics and alternative constructors
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string("2024-01-15"))
print(MyDate.from_string("1999-12-31"))
print(Date.kind(), MyDate.kind(), MyDate(1, 2, 3).kind())

cm = Date.__dict__["kind"]
print(type(cm).__name__)
print(cm.__func__(MyDate))
bound = Date.kind
print(bound.__self__ is Date, bound.__func__ is cm.__func__)

class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls

class R2(Registry):
    pass

Registry.add(1)
R2.add(2).add(3)
print(Registry.items, R2.items)
