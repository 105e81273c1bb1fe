# __setattr__ and __delattr__
class Strict:
    allowed = ("x", "y")
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError("cannot set " + name)
        print("setting", name, "=", value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        if name == "x":
            raise AttributeError("x is permanent")
        object.__delattr__(self, name)

s = Strict()
s.x = 1
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.y
print(hasattr(s, "y"))
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
setattr(s, "y", 9)
delattr(s, "y")
print(vars(s))

class History:
    def __init__(self):
        object.__setattr__(self, "history", [])
    def __setattr__(self, name, value):
        self.history.append((name, value))
        super().__setattr__(name, value)

h = History()
h.a = 1
h.a = 2
h.b = 3
print(h.history, h.a, h.b)
