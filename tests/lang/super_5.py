# super() calls to builtin methods (object, list, dict)
class Loud(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ("item", v)

l = Loud([1])
l.append(2)
print(list(l), l[0], len(l))

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

d = D()
d["a"] = 1
d["b"] = 2
print(d)

class Tracked:
    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)

t = Tracked()
t.x = 5
t.secret = "real"
print(t.x, t.secret, t.__dict__)

class S(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(S("abc").upper())
