# dict views: keys, values, items
d = {'x': 1, 'y': 2, 'z': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it))
d['w'] = 0
print(len(k), list(k))
print('x' in k, 1 in v, ('y', 2) in it, ('y', 3) in it)
print(sorted(k & {'x', 'q'}), sorted(k | {'q'}), sorted(k - {'x'}))
print(sorted(it & {('x', 1)}))
print(k == {'x', 'y', 'z', 'w'}, k == ['x'])
print(list(reversed(d)), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end='; ')
print()
try:
    for key in d:
        d[key + '!'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(k.isdisjoint(['a', 'b']), sum(v))
print(dict(zip(d.keys(), d.values())) == d)
