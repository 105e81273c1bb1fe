# generators as lazy iterators: interleaving and state
def letters():
    for c in "abc":
        print("produce", c)
        yield c

for c in letters():
    print("consume", c)

g1 = iter(range(3))
def pairs():
    a = letters()
    b = (i for i in range(10))
    for x in a:
        yield x, next(b)

print(list(pairs()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(next(f), next(f))
import itertools
print(list(itertools.islice(fib(), 5, 10)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
