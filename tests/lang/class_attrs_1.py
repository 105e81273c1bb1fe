# class vs instance attributes, mutable class attribute pitfalls
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks)
print(a.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "new"
print(a.species, b.species)
print(sorted(vars(a)))
print("species" in Dog.__dict__, "name" in Dog.__dict__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)

class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(Outer.Inner.__qualname__, Outer.method.__qualname__)
print(type(Dog).__name__, type(a) is Dog, a.__class__ is Dog)
