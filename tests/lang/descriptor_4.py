# descriptor precedence with __getattr__ and class-level access
class Desc:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        if obj is None:
            return "class access " + owner.__name__
        return self.v
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")

class C:
    x = Desc(1)
    def __getattr__(self, name):
        return "getattr " + name

c = C()
print(c.x)
print(C.x)
print(c.y)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError:", e)
C.x = "replaced"
print(c.x)

class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, owner):
        self.count += 1
        return self.count

class U:
    hits = Counter()
u = U()
print(u.hits, u.hits, U.hits)
