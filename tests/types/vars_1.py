# vars() on instances, classes and modules
class Point:
    kind = 'pt'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
p.z = 3
print(vars(p), vars(p) is p.__dict__)
vars(p)['w'] = 4
print(p.w)
print([k for k in vars(Point) if not k.startswith('__')])
print(vars(Point)['kind'])
import math
print(vars(math)['pi'] == math.pi)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars([])
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ('a',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 'two'
    return vars()
print(f())
print(sorted(k for k in vars() if not k.startswith('__')))
