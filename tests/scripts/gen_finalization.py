# When do generators die? finally blocks, __del__ of locals, gc cycles, weakref callbacks.
import gc
import sys
import weakref

gc.collect()


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f'  del {self.name}')


def worker(tag):
    r = Res(tag)
    try:
        yield 1
        yield 2
    finally:
        print(f'  finally {tag}')


print('1. last reference dropped')
g = worker('dropped')
next(g)
g = None
print('2. explicit close, object kept')
g = worker('closed')
next(g)
g.close()
print('  gi_frame is None:', g.gi_frame is None)
del g
print('3. never started')
g = worker('unstarted')
del g
print('4. exhausted by a for loop')
for x in worker('exhausted'):
    pass
print('5. abandoned by break')
for x in worker('broken'):
    break
print('  after loop')
print('6. reference cycle through a local')
def selfish():
    r = Res('cyclic local')
    me = yield
    try:
        yield 'have myself'
    finally:
        print('  selfish finally')
g = selfish()
next(g)
g.send(g)
ref = weakref.ref(g, lambda _: print('  weakref callback'))
del g
print('  alive after del:', ref() is not None)
print('  gc.collect() ->', gc.collect())
print('  alive after collect:', ref() is not None)
print('7. refcounts of an argument')
class Payload:
    pass
p = Payload()
print('  start', sys.getrefcount(p))
gens = [(x for x in [p]) for _ in range(3)]
print('  three genexps', sys.getrefcount(p))
for g in gens:
    next(g)
del g
print('  all advanced', sys.getrefcount(p))
gens.clear()
print('  cleared', sys.getrefcount(p))
print('8. generator outlives the exception that stopped it')
def fails(r):
    yield r.name
    raise KeyError(r.name)
g = fails(Res('arg of failing gen'))
next(g)
try:
    next(g)
except KeyError as e:
    print('  caught', e)
print('  after except block')
del g
print('end')
