# functools.total_ordering
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b)
print(a == c, a <= c, a >= c, a != c)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max(a, b), min(a, b))

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v

print(Score(3) < Score(5), Score(3) >= Score(3), Score(9) <= Score(1))
try:
    Version(1, 0) < 5
except TypeError as e:
    print("TypeError:", e)
