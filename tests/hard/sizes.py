# Sizes no machine has: CPython's errors, raised before anything is allocated.
tries = [
    lambda: 'a' * 10**12,
    lambda: [None] * 10**19,
    lambda: (1,) * 10**19,
    lambda: 'ab' * (2**63 - 1),
    lambda: [0] * -5,
    lambda: 'x' * -1,
]
for t in tries:
    try:
        r = t()
        print('ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1.5, '.70000f')[-3:], len(format(2.5, '.3000e')), len('%.5000f' % 0.1))
print(len(format(1e300, '.1200f')), format(0.1, '.1100g')[:12])
r = reversed(range(10**18))
print(type(r).__name__, next(r), next(r))
