# format() on strings and objects with __format__
print(format('abc', '>6') + '|', format('abc', '<6') + '|', format('abc', '^7') + '|')
print(format('abc', '*^9'), format('abcdef', '.3'), format('ab', '-<5'))
print(format('text'), format('text', ''), format(None), format([1, 2]))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == 'F':
            return '%.1fF' % (self.c * 9 / 5 + 32)
        return '%.1fC' % self.c
t = Temp(100)
print(format(t), format(t, 'F'), f'{t:F}', '{:F}'.format(t))
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
w = 8
print(f'{"left":<{w}}|{"right":>{w}}|', f'{3.14159:.{2}f}')
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in rows:
    print(f'{name:<8}{price:>6.2f}{qty:>4d}')
print(f'{1234:,}', f'{0.25:.0%}', f'{42!r:>5}', f'{"q"!r}')
