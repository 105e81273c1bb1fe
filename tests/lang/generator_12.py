# close propagates through yield from
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")

g = outer()
print(next(g))
g.close()
print("after close")

def inner2():
    try:
        yield "a"
    except GeneratorExit:
        print("inner2 got GeneratorExit")
        raise

def outer2():
    try:
        yield from inner2()
    except GeneratorExit:
        print("outer2 got GeneratorExit")
        raise

g = outer2()
next(g)
g.close()
print("done")
