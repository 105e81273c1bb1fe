# round() with ties, ndigits and negative ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.4), round(2.6), round(-2.6), type(round(2.5)).__name__)
print(round(3.14159, 2), round(3.14159, 0), type(round(3.5, 0)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1))
print(round(1234.5678, -2), round(5555.5, -3), round(123, -5))
print(round(7, 2), round(7), type(round(7, 2)).__name__)
print(round(float('inf'), 2), round(-0.4))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return 'rounded %r' % (n,)
print(round(R()), round(R(), 3))
print([round(x / 10) for x in range(0, 40, 5)])
