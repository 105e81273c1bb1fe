# gc.is_tracked in script mode, including untracking by collections.
import gc

cases = [
    ('int', 5), ('str', 'abc'), ('float', 1.0), ('None', None),
    ('empty list', []), ('empty dict', {}), ('dict of atoms', {'a': 1}),
    ('dict with list', {'a': []}), ('empty tuple', ()),
]
for name, obj in cases:
    print(name, gc.is_tracked(obj))

t = tuple(['a', 1])
d = {'k': [0]}
d['k'] = 0
nested = tuple([t, 2])
print('before collect', gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(nested))
gc.collect()
print('after collect', gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(nested))
d['l'] = []
print('dict after list insert', gc.is_tracked(d))


class A:
    pass


print('class', gc.is_tracked(A), 'instance', gc.is_tracked(A()))
print('function', gc.is_tracked(print), gc.is_tracked(lambda: 1))
e = {}
for i in range(5):
    e[i] = str(i)
print('dict built in loop', gc.is_tracked(e))
e[5] = (1, 2)
print('dict with const tuple value', gc.is_tracked(e))
