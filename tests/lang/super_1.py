# super() in single inheritance
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "Animal(" + self.name + ")"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ": woof"
    def describe(self):
        return "Dog/" + super().describe() + "/" + self.breed

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"

d = Dog("rex", "lab")
print(d.speak())
print(d.describe())
p = Puppy("bit", "pug")
print(p.speak())
print(p.describe())
print(super(Puppy, p).speak())
print(super(Dog, p).speak())

class Base:
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Derived(Base):
    @classmethod
    def make(cls):
        return "Derived+" + super().make()
print(Derived.make())
