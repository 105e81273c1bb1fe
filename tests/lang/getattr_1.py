# __getattr__ fallback
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)

d = Dynamic()
print(d.real)
print(d.get_thing())
print(getattr(d, "missing", "default"))
print(hasattr(d, "nope"))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(3))

class Defaults:
    color = "blue"
    def __getattr__(self, name):
        return "default-" + name
x = Defaults()
print(x.color, x.size)
x.size = 5
print(x.size)
