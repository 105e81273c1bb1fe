# Unary operators, format specs and __index__ on a user class; builtin dunders by name.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + format(self.x, spec) + ", " + format(self.y, spec) + ">"

    def __str__(self):
        return "Vec(%s, %s)" % (self.x, self.y)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


v = Vec(3, 4)
print(-v, +v is v, abs(v), ~v)
print(f"{v}", f"{v:.2f}", format(v, ">4"), "{:03d}".format(Vec(1, 2)))
print([0] * Count(3), "-" * Count(5), list(range(Count(2), Count(6))))
print(hex(Count(255)), bin(Count(6)), "abcdef"[Count(1):Count(4)])
print([5, 6].__len__(), {"k": 1}.__getitem__("k"), (2).__mul__(21), (2).__mul__(2.0))
print(int.__add__(40, 2), list.__len__([1]), str.__add__("mini", "py"))
try:
    print(format(Count(1), "d"))
except TypeError as e:
    print("TypeError:", e)
try:
    -Count(1)
except TypeError as e:
    print("TypeError:", e)
