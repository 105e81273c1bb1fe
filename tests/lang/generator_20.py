# yield as expression in various positions
def gen():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    z = [(yield), (yield)]
    print("z =", z)
    yield "end"

g = gen()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send("a"))
print(g.send("b"))

def yields_tuple():
    yield 1, 2
    yield (3, 4)
    yield

print(list(yields_tuple()))

def yield_in_loop_cond():
    i = 0
    while (yield i) != "stop":
        i += 1

w = yield_in_loop_cond()
print(next(w), w.send("go"), w.send("go"))
try:
    w.send("stop")
except StopIteration:
    print("stopped loop")
