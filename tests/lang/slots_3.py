# __slots__ with class attributes, properties and defaults
class Vec:
    __slots__ = ("x", "y")
    dims = 2
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

v = Vec(3, 4)
print(v, v.norm2, v.dims, Vec.dims)
try:
    v.dims = 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)

class Many:
    __slots__ = ["a", "b", "c"]
m = Many()
for i, name in enumerate(Many.__slots__):
    setattr(m, name, i)
print([getattr(m, n) for n in Many.__slots__])
print(getattr(Many(), "a", "unset"))
