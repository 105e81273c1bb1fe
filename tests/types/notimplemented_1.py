# NotImplemented and binary operator fallback
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__('a') is NotImplemented, 'a'.__eq__(1) is NotImplemented)
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x)
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x
    def __repr__(self):
        return 'Vec(%d)' % self.x
print(Vec(1) + Vec(2))
try:
    Vec(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 + Vec(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Vec(1) == Vec(1), Vec(1) == 1, Vec(1) != 'x', 1 == Vec(1))
class Scalar:
    def __init__(self, k):
        self.k = k
    def __radd__(self, other):
        return 'radd(%r)' % (other,)
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return 'gt called with %r' % (other,)
print(Vec(1) + Scalar(2), 3 + Scalar(2))
print(3 < Scalar(1))
try:
    Scalar(1) < Scalar(2)
except TypeError as e:
    print(type(e).__name__, e)
