# frozenset is hashable: dict keys and set members
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b))
print(hash(frozenset()) == hash(frozenset([])))
d = {a: 'first'}
d[b] = 'second'
print(len(d), d[frozenset({1, 2, 3})])
groups = {}
for pair in [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2)]:
    key = frozenset(pair)
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(frozenset([1]) in s, frozenset([3]) in s)
print({1, 2} == frozenset([1, 2]), frozenset([1, 2]) == {1, 2})
print(frozenset([1, 2]) in {frozenset([1, 2]): 0})
print({1, 2} in {frozenset([1, 2])})
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}: 2}
except TypeError as e:
    print(type(e).__name__, e)
edges = {frozenset((1, 2)): 5, frozenset((2, 3)): 7}
print(edges[frozenset((2, 1))], edges.get(frozenset((3, 2))))
