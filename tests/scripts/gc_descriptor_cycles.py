import gc, functools
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.collect()
p = functools.partial(print, D(1))
p.me = p
del p
print(gc.collect())
l = []
q = functools.partial(len, l, D(2))
l.append(q)
del q, l
print(gc.collect())
@functools.lru_cache(maxsize=4)
def f(x):
    return [x, D(x)]
r = f(3)
r.append(f)
del r, f
print(gc.collect())
def g(): pass
cm = classmethod(g)
g.cm = cm
g.d = D(4)
del g, cm
print(gc.collect())
pr = property(lambda s: 1)
lst = [pr, D(5)]
pr.fget.lst = lst
del pr, lst
print(gc.collect())
