# __del__ that resurrects its object: the finalizer runs only once.
import gc
import sys

graveyard = []


class Zombie:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print('finalizer', self.name, 'call', self.deaths)
        graveyard.append(self)


z = Zombie('plain')
del z
print('resurrected', len(graveyard), graveyard[0].name)
print('refcount', sys.getrefcount(graveyard[0]))
graveyard.clear()
print('cleared graveyard')

_ = gc.collect()
c = Zombie('cyclic')
c.me = c
del c
print('collect ->', gc.collect())
print('resurrected', [z.name for z in graveyard])
graveyard.clear()
print('collect again ->', gc.collect())
print('graveyard', graveyard, 'garbage', gc.garbage)
