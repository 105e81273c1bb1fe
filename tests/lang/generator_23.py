# return inside generator with finally, and yield inside finally
def gen():
    try:
        yield 1
        return "early"
    finally:
        print("finally")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def gen2():
    try:
        yield "body"
    finally:
        yield "from finally"

print(list(gen2()))

def gen3(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i

def collect(g):
    out = yield from g
    yield ("returned", out)

print(list(collect(gen3(5))))
print(list(collect(gen3(1))))
