# list subclass with overridden dunders and repr
class Vector(list):
    def __add__(self, other):
        return Vector(a + b for a, b in zip(self, other))
    def __mul__(self, k):
        return Vector(a * k for a in self)
    __rmul__ = __mul__
    def __repr__(self):
        return "Vector(" + super().__repr__() + ")"

v = Vector([1, 2, 3])
w = Vector([10, 20, 30])
print(v + w)
print(v * 2, 3 * v)
print(repr(v), str(v))
print([v])
print(sum(v), max(v))
v.append(4)
print(v)

class Loud(list):
    def __setitem__(self, i, val):
        print("set", i, val)
        super().__setitem__(i, val)
    def __len__(self):
        return super().__len__() * 100

l = Loud([0, 0])
l[1] = 5
print(l, len(l), list.__len__(l))
print(bool(Loud()))
v2 = Vector()
v2 += [1]
print(v2, type(v2).__name__)
