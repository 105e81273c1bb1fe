# functools.cached_property, singledispatch, cmp_to_key
import functools

class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.n * 100

d = Data(3)
print(d.expensive)
print(d.expensive)
print("expensive" in vars(d))
del d.expensive
print(d.expensive)

@functools.singledispatch
def describe(x):
    return "object"

@describe.register
def _(x: int):
    return "int " + str(x)

@describe.register(list)
def _(x):
    return "list of " + str(len(x))

print(describe(5), describe([1, 2]), describe("s"), describe(True))

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
