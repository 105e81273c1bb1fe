# Modular inverses, float hex round trips, rounding to tens and iter(callable, sentinel).
import sys


def solve_linear(a, b, m):
    """x with a*x = b (mod m), or None."""
    try:
        return b * pow(a, -1, m) % m
    except ValueError as e:
        print(f'  {a} mod {m}: {e}')
        return None


for a, b, m in [(3, 4, 7), (10, 1, 17), (6, 3, 9), (2**61 - 1, 5, 10**9 + 7)]:
    x = solve_linear(a, b, m)
    if x is not None:
        print(f'{a}*x = {b} (mod {m}): x = {x}, check {a * x % m}')

values = [0.1, 1 / 3, 2.0 ** -1074, 1e308, -0.0, 12345.678]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(f'{v!r:>24} {h:>24} {back == v} {v.as_integer_ratio()[1].bit_length()}')

print([round(x, -1) for x in (14, 15, 25, 35, -15)])
print([round(x, -2) for x in (149.9, 150.0, 250.0, -250.0)])
print([n.bit_count() for n in range(9)], (2**64 - 1).bit_count())

fib = [0, 1]
def next_fib():
    fib.append(fib[-1] + fib[-2])
    return fib[-1]

print(list(iter(next_fib, 144)))

depths = []
def dig(n):
    depths.append(n)
    dig(n + 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    dig(0)
except RecursionError as e:
    print('RecursionError:', e, len(depths) < 100)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, sys.version_info >= (3, 11), sys.implementation.name in ('cpython', 'minipy'))
print(format(1234.5, ',.1f'), format(255, '08b'), ..., Ellipsis is ...)
