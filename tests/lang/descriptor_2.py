# typed/validated attributes via descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Bob", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    Person(1, 2)
except TypeError as e:
    print("TypeError:", e)
del p.age
try:
    p.age
except KeyError as e:
    print("KeyError:", e)
print(type(Person.name).__name__, Person.age.kind.__name__)
