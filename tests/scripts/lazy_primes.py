# Infinite generators: an incremental sieve, itertools combinators, and a resettable counter via send.
import itertools


def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def twin_primes():
    a, b = itertools.tee(primes())
    next(b)
    for p, q in zip(a, b):
        if q - p == 2:
            yield p, q


def counter(start=0):
    n = start
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = start
        elif isinstance(cmd, int):
            n = cmd
        else:
            n += 1


print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda p: p < 60, primes())))
print(next(itertools.dropwhile(lambda p: p < 1000, primes())))
print(list(itertools.islice(twin_primes(), 6)))
gen = primes()
print(sum(next(gen) for _ in range(100)))
print([p for p in itertools.islice(primes(), 40) if p % 10 == 3])

c = counter(10)
print(next(c), next(c), next(c))
print(c.send('reset'), next(c))
print(c.send(100), next(c))
c.close()
print(next(c, 'counter closed'))

evens = (n for n in itertools.count() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(5)])
pairs = zip(itertools.count(1), 'abc')
print(list(pairs))
chained = itertools.chain.from_iterable(([i] * i for i in range(1, 4)))
print(list(chained))
print(dict(itertools.groupby('aaabccdd', key=None)).keys())
