# close() and GeneratorExit
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally run")

g = gen()
print(next(g))
g.close()
print("closed")
g.close()
print(list(g))

def unstarted():
    print("never printed")
    yield 1

u = unstarted()
u.close()
print("closed unstarted")

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "ignored"

s = swallow()
next(s)
print(s.close())
