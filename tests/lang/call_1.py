# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
print(add5(10))
print(callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))

class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x, *, verbose=False):
        r = sum(c * x ** i for i, c in enumerate(self.coeffs))
        if verbose:
            print("p(%s) = %s" % (x, r))
        return r

p = Poly(1, 0, 2)
print(p(3))
p(2, verbose=True)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, part):
        return Chain(self.parts + (part,))
    def __str__(self):
        return ".".join(self.parts)
print(Chain()("a")("b")("c"))

obj = Adder(1)
obj.__call__ = lambda x: "instance call"
print(obj(1))
