# functools.lru_cache and cache
import functools

calls = []

@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(40))
print(len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

print(sq(2), sq(3), sq(2))
print(sq(4))
print(sq(3))
print(sq.cache_info())

@functools.lru_cache
def ident(x):
    return x

print(ident(1), ident(1), ident("a"), ident.cache_info().hits)

@functools.cache
def tri(n):
    return n + tri(n - 1) if n else 0

print(tri(100))
print(tri.__name__, tri.__wrapped__.__name__)
