# generator state inspection
import inspect

def gen():
    print("running:", g.gi_running)
    print("state inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_suspended)
next(g)
print(inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_suspended)
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))
print(g.gi_suspended, g.gi_frame)

g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
print(inspect.isgenerator(g2), inspect.isgeneratorfunction(gen))
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(len))
