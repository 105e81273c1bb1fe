# float repr, arithmetic and special values
print(0.1 + 0.2, 1 / 3, 2 / 2, 1e16, 1e-5, 123456789012345678.0, 1.5e300 * 1e10)
print(repr(0.1), str(1e22), 1.0 * 10 ** 15, 1e100)
print(-0.0, 0.0 == -0.0, str(-0.0))
inf = float('inf')
nan = float('nan')
print(inf, -inf, inf + 1, inf - inf, nan == nan, nan != nan, inf > 1e308)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), 2 ** 0.5, 4 ** -1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print((2.5).__add__(1), (2.5).__radd__(1), (2.0).__eq__(2), (1.5).__floordiv__(0.5))
print((1.5).__add__('x'), float.__mul__(2.0, 3.0), (3.5).__int__(), (3.5).__trunc__())
print(abs(-2.5), (-2.5).__abs__(), float.__neg__(1.0))
print(1 == 1.0, hash(1) == hash(1.0), {1: 'int'}[1.0], 0.5 < 1 < 1.5)
