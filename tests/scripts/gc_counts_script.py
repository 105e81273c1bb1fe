# gc.collect() return values for different kinds of cyclic garbage.
import gc


class Thing:
    pass


def self_list():
    l = []
    l.append(l)


def list_dict_pair():
    l = []
    d = {'l': l}
    l.append(d)


def instance_pair():
    a = Thing()
    b = Thing()
    a.b = b
    b.a = a


def instance_with_payload():
    a = Thing()
    a.me = a
    a.payload = [[1], [2], {'k': (3, [4])}]


def tuple_cycle():
    l = []
    t = (l, 'atom')
    l.append(t)


def chain_into_cycle():
    ring = [None]
    ring[0] = ring
    return [[ring]]


_ = gc.collect()
cases = [('self_list', self_list), ('list_dict_pair', list_dict_pair),
         ('instance_pair', instance_pair), ('instance_with_payload', instance_with_payload),
         ('tuple_cycle', tuple_cycle)]
for name, fn in cases:
    fn()
    print(name, gc.collect())
keep = chain_into_cycle()
print('reachable chain', gc.collect())
del keep
print('chain dropped (refcount frees the outer lists)', gc.collect())
gc.disable()
for i in range(10):
    self_list()
print('ten self lists', gc.collect())
gc.enable()
print('nothing left', gc.collect())
