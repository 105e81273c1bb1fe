# weakref.finalize: callback on collection, alive, direct call
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
def cleanup(name, log):
    log.append('cleaned ' + name)
    return 'done ' + name
log = []
r = Resource('a')
f = weakref.finalize(r, cleanup, 'a', log)
print(f.alive, log)
del r
print(f.alive, log)
print(f(), log)
r2 = Resource('b')
f2 = weakref.finalize(r2, cleanup, 'b', log)
print(f2(), f2.alive, log)
print(f2(), log)
del r2
print(log)
r3 = Resource('c')
f3 = weakref.finalize(r3, cleanup, 'c', log)
obj, func, args, kwargs = f3.detach()
print(obj.name, func.__name__, args[0], kwargs, f3.alive, f3.detach())
del obj
del r3
print(log)
r4 = Resource('d')
f4 = weakref.finalize(r4, log.append, 'kw-free')
print(f4.peek()[2], f4.peek()[0] is r4)
r4 = None
print(log, f4.alive)
