# yield from delegation
def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from (10, 20)
    yield from {"k": 1}

print(list(from_iterables()))
