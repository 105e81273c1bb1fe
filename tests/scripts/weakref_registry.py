# A registry of weak references that removes entries from callbacks.
import gc
import weakref

registry = {}
log = []


class Resource:
    def __init__(self, name):
        self.name = name


def register(obj):
    key = obj.name

    def gone(w):
        log.append(key)
        del registry[key]
    registry[key] = weakref.ref(obj, gone)


def alive():
    return sorted(k for k, r in registry.items() if r() is not None)


_ = gc.collect()
a = Resource('a')
b = Resource('b')
c = Resource('c')
for r in (a, b, c):
    register(r)
del r
print('alive', alive(), 'weakrefcount', weakref.getweakrefcount(a))
del b
print('after del b', alive(), log)
c.self_ref = c
del c
print('c in a cycle, still registered', sorted(registry))
print('collected', gc.collect())
print('after collect', alive(), log)
d = Resource('d')
register(d)
holder = [d]
del d
print('d held by list', alive())
holder.pop()
print('after pop', alive(), log)
