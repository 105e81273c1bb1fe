# functools.partial
from functools import partial

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2))
two_to = partial(power, 2)
print(two_to(10))
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)

def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))

p = partial(f, 1, c=5, x="x")
print(p(2))
print(p(2, c=6, y="y"))
pp = partial(p, 9)
print(pp())
print(pp.func is f, pp.args)
print(list(map(partial(int, base=2), ["101", "11", "1000"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
int_from_hex = partial(int, base=16)
print(int_from_hex("ff"))
