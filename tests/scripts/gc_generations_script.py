# Cycles placed in particular generations, then found by collect(0/1/2).
import gc


def ring(n):
    nodes = [[] for i in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return nodes[0]


_ = gc.collect()
print('threshold', gc.get_threshold())

young = ring(3)
del young
print('young ring, gen0 finds', gc.collect(0))

mid = ring(4)
gc.collect(0)
del mid
print('mid ring, gen0 finds', gc.collect(0))
print('mid ring, gen1 finds', gc.collect(1))

old = ring(5)
gc.collect()
del old
print('old ring, gen0 finds', gc.collect(0))
print('old ring, gen1 finds', gc.collect(1))
print('old ring, gen2 finds', gc.collect(2))

_ = gc.collect()
print('counts after full collect', gc.get_count())
gc.collect(0)
gc.collect(0)
gc.collect(0)
print('counts after three gen0 collects', gc.get_count())
gc.collect(1)
print('counts after gen1 collect', gc.get_count())

gc.set_threshold(50, 2, 2)
print('new threshold', gc.get_threshold())
gc.set_threshold(700, 10, 10)
print('restored', gc.get_threshold())
