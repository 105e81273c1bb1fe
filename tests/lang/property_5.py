# read-only computed properties and validation patterns
class Rect:
    def __init__(self, w, h):
        self.width = w
        self.height = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError("width must be a number")
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v

    @property
    def area(self):
        return self._w * self.height

    @property
    def perimeter(self):
        return 2 * (self._w + self.height)

r = Rect(3, 4)
print(r.width, r.area, r.perimeter)
r.width = 10
print(r.area)
for bad in ["x", -1, 0]:
    try:
        r.width = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(r.width)
print(sorted(k for k in vars(r)))
print([name for name, v in vars(Rect).items() if isinstance(v, property)])
