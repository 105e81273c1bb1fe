# reflected comparisons and NotImplemented handling
class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented

class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return True
    def __gt__(self, other):
        print("Right.__gt__")
        return "gt-result"

print(Left() == Right())
print(Left() < Right())

class Sub(Right):
    def __eq__(self, other):
        print("Sub.__eq__")
        return "sub wins"

print(Right() == Sub())

class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)

class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() != 1)
print(1 == AlwaysEq())
print([1, 2].count(AlwaysEq()))
