# int methods: bit_length, bit_count, conjugate, as_integer_ratio, __index__
for n in [0, 1, 2, 7, 8, 255, 256, -1, -255, 2**64]:
    print(n, n.bit_length(), n.bit_count())
print((5).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((42).__index__(), True.__index__(), int.__index__(9))
print([10, 20, 30][True], 'abc'[False])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([1, 2, 3, 4][Idx(2)], 'hello'[Idx(1):Idx(3)], hex(Idx(255)), bin(Idx(5)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))))
try:
    i = 1.0
    [1, 2][i]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.bit_length(1023), (1023).bit_length())
print(isinstance(True, int), int(True) + 1, True + True)
