# subclassing dict, __missing__
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2

d = Default(a=1)
print(d["a"], d["bb"])
print(d.get("zz", "get ignores missing"))
print("bb" in d, d)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(a, dict), type(a).__name__)
print(dict(a) == {"x": 1, "y": 2})
