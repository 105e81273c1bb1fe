# calling dunder methods of int directly
print((3).__add__(4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10))
print((3).__mul__(4), (7).__floordiv__(2), (7).__mod__(3), (7).__truediv__(2), (2).__pow__(10))
print((3).__add__('x'), (3).__add__(1.5), int.__add__(3, True))
print((5).__eq__(5), (5).__eq__('5'), (5).__lt__(6), (5).__ge__(6), (5).__ne__(5.0))
print((5).__neg__(), (-5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2))
print((17).__divmod__(5), (17).__rdivmod__(5), (10).__int__(), (10).__float__())
print(int.__mul__(6, 7), int.__lt__(1, 2), int.__hash__(5) == hash(5))
print((255).__format__('x'), (3).__str__(), (3).__repr__(), (3.0).__repr__())
try:
    int.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (3).__mul__()
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __repr__(self):
        return 'Money(%r)' % self.v
print(5 + Money(2), 1.5 + Money(1))
print(NotImplemented.__class__.__name__)
