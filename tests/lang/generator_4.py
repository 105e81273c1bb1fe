# send()
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("two"))
print(e.send([3]))

g2 = accumulator()
try:
    g2.send(5)
except TypeError as ex:
    print("TypeError:", ex)
