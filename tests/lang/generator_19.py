# generator reentrancy: ValueError generator already executing
def gen():
    yield next(me)

me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def selfsend():
    x = yield 1
    print("received", x)
    yield 2

s = selfsend()
print(next(s))
print(s.send("hello"))

def gen3():
    try:
        yield 1
    finally:
        print("finalizing gen3")

gg = gen3()
next(gg)
gg.close()
print("after close")
