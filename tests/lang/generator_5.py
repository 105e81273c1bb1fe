# throw()
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    yield "end"

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

def gen2():
    yield 1

g = gen2()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

g = gen2()
try:
    g.throw(RuntimeError("unstarted"))
except RuntimeError as e:
    print("unstarted throw", e)
print(list(g))
