# Collections of every generation leave every count as it was: objects the collector
# examines (young and old, in cycles or held from outside) keep their exact counts.
import gc
import sys

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


keep = []
for i in range(50):
    a, b = Node("a%d" % i), Node("b%d" % i)
    a.other, b.other = b, a
    if i % 10 == 0:
        keep.append(a)
    del a, b
shared = [1, 2]
holders = [[shared, {"k": shared}] for _ in range(300)]
print(sys.getrefcount(shared), sys.getrefcount(keep[0]), sys.getrefcount(keep[0].other))
for gen in (0, 1, 2, 0, 2):
    n = gc.collect(gen)
    print("collect", gen, n, sys.getrefcount(shared), sys.getrefcount(keep[0]), sys.getrefcount(keep[0].other))
del holders
print(sys.getrefcount(shared))
ring = [[] for _ in range(5)]
for k in range(5):
    ring[k].append(ring[(k + 1) % 5])
first = ring[0]
del ring
print(gc.collect(), sys.getrefcount(first), len(first[0]))
del first
print(gc.collect())
lost = Node("lost")
lost.other = lost
lost.extra = [lost, {"self": lost}]
del lost
print(gc.collect())
keep.clear()
print(gc.collect())
