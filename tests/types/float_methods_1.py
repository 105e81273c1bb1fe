# float is_integer, as_integer_ratio, conjugate
for x in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1]:
    print(x, x.is_integer(), x.as_integer_ratio())
print((2.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(float('inf').is_integer(), float('nan').is_integer())
n, d = (0.75).as_integer_ratio()
print(n / d == 0.75, n, d)
print(float(), float(3), float('  2.5 '), float('1e3'), float('-inf'), float('nan'))
print(float('Infinity'), float('-iNF'), float('1_000.5'))
try:
    float('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(2.9), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
