# yield from with send and throw forwarding
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            print("inner caught ValueError")
            x = 0
        if x is None:
            return total
        total += x

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "after"

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.throw(ValueError))
print(g.send(10))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("exhausted")
