# decorators implemented as classes
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4))
print(square.calls)
print(type(square).__name__)

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(len(fib.cache))

class Tagged:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, func):
        def wrapper(*a):
            return (self.tag, func(*a))
        return wrapper

@Tagged("sum")
def total(*xs):
    return sum(xs)

print(total(1, 2, 3))
