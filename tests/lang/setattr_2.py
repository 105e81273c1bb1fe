# __setattr__ interacting with properties and slots
class Validated:
    def __setattr__(self, name, value):
        if isinstance(value, int) and value < 0:
            raise ValueError(name + " must be non-negative")
        super().__setattr__(name, value)
    @property
    def double(self):
        return self.n * 2
    @double.setter
    def double(self, v):
        print("double setter", v)
        self.n = v // 2

v = Validated()
v.n = 4
print(v.double)
v.double = 20
print(v.n)
try:
    v.double = -2
except ValueError as e:
    print("ValueError:", e)
try:
    v.n = -1
except ValueError as e:
    print("ValueError:", e)

class Slotted:
    __slots__ = ("a",)
    def __setattr__(self, name, value):
        print("Slotted set", name)
        object.__setattr__(self, name, value)

s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)
