# dict get, setdefault, pop, popitem
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'))
print(d)
print(d.pop('e'), d.pop('zz', 'default'))
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
stack = {'x': 1, 'y': 2, 'z': 3}
while stack:
    print(stack.popitem())
try:
    {}['missing']
except KeyError as ex:
    print(type(ex).__name__, ex)
