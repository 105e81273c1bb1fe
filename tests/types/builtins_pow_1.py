# pow() with two and three arguments
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(10, 0, 7), pow(5, 3, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(7, 2, -5))
print(pow(3, -1, 7), pow(2, -1, 5), pow(38, -1, 97), pow(3, -2, 7))
print((3 * pow(3, -1, 7)) % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(pow(-8, 0.5)).__name__, type(pow(4, -1)).__name__)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(pow(True, 2), pow(10, 20), pow(10, -2))
print([pow(i, 2, 10) for i in range(10)])
