# format(value, spec) on numbers
print(format(3.14159, '.2f'), format(3.14159, '10.3f'), format(-3.5, '+.1f'))
print(format(42, 'd'), format(42, '5d'), format(42, '<5d') + '|', format(42, '^7d'))
print(format(255, 'x'), format(255, '#X'), format(8, 'o'), format(5, '08b'), format(5, '#010b'))
print(format(1234567.891, ',.2f'), format(1234567, '_d'), format(0xdeadbeef, '_x'))
print(format(0.5, '%'), format(0.12345, '.1%'), format(1e10, 'e'), format(1.5e-7, '.3e'))
print(format(1e10, 'g'), format(123456789.0, 'g'), format(0.00001234, 'g'), format(100.0, 'g'))
print(format(1.0, ''), format(1e16, ''), format(12, ''), format(2.50, 'n'))
print(format(-0.0, '.1f'), format(float('inf'), '>8'), format(float('nan'), 'f'))
print(format(65, 'c'), format(True, 'd'), format(True, ''), format(3, '.2f'))
print(format(5, ' d'), format(-5, ' d'), format(5, '=+6d'), format(-5, '06d'))
print(format(12.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(10, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ',_')
except ValueError as e:
    print(type(e).__name__, e)
