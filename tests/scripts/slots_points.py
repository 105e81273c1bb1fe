# Slotted points: memory, errors, release order and weak references.
import sys
import gc
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


pts = [Point(i, i * i) for i in range(3)]
print(pts)
print(sys.getsizeof(pts[0]), sys.getsizeof(Point3(1, 2, 3)))
try:
    pts[0].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(pts[0])
except TypeError as e:
    print("TypeError:", e)

p = Point3(Tag("x"), Tag("y"), Tag("z"))
print("dropping p")
del p

q = Point3(0, 0, 0)
q.x = q
print(gc.is_tracked(q))
del q
print("collected", gc.collect() >= 1)
print(Point.x, Point3.z)
del Point.y
print(pts[1].x)
print(pts[1].y)
