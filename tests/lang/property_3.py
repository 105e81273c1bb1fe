# properties with inheritance and overriding
class Base:
    def __init__(self):
        self._name = "base"
    @property
    def name(self):
        return "Base:" + self._name
    @name.setter
    def name(self, v):
        self._name = v

class Child(Base):
    @property
    def name(self):
        return "Child:" + self._name

class Child2(Base):
    @Base.name.getter
    def name(self):
        return "Child2:" + self._name

b = Base()
b.name = "x"
print(b.name)
c = Child()
print(c.name)
try:
    c.name = "y"
except AttributeError as e:
    print("AttributeError:", e)
c2 = Child2()
c2.name = "z"
print(c2.name)

class Lazy:
    @property
    def computed(self):
        try:
            return self._cache
        except AttributeError:
            print("computing")
            self._cache = sum(range(10))
            return self._cache

l = Lazy()
print(l.computed, l.computed)
print(isinstance(Lazy.computed, property))
