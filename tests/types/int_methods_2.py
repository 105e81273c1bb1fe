# int construction and conversion
print(int(), int(3.9), int(-3.9), int('42'), int(' -17 '), int('1_000'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('Z', 36), int('10', base=3))
try:
    int('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b'42'), int(bytearray(b'7')))
print(2 ** 100, -2 ** 100, (2 ** 100) // 3, (2 ** 100) % 7)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2))
print(abs(-5), -(-5), +5, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -1 >> 5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
