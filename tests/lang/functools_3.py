# functools.reduce
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6)))
print(reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(operator.add, [], 0))
print(reduce(operator.add, [5]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)

inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(inc_then_double(4)))
nested = {"a": {"b": {"c": 42}}}
print(reduce(lambda d, k: d[k], ["a", "b", "c"], nested))
print(reduce(lambda acc, ch: acc * 10 + int(ch), "12345", 0))
