# basic property getter/setter/deleter
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
