import sys

edges = [(1, 2), (2, 3), (3, 1), (3, 4), (2, 1)]
undirected = {frozenset(e) for e in edges}
print(len(undirected))
print(sorted(sorted(e) for e in undirected))
weights = {frozenset({1, 2}): 5, frozenset({2, 3}): 7}
print(weights[frozenset((2, 1))], frozenset({3, 2}) in weights)
a = frozenset(range(5))
b = {3, 4, 5, 6}
print(a | b, b | a)
print(a & b, a - b, a ^ b)
print(type(a | b).__name__, type(b & a).__name__)
print(a.issuperset({1, 2}), a.isdisjoint(range(10, 20)), a.symmetric_difference(b))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({frozenset({1})})))
print(a.copy() is a, frozenset(a) is a)
print(sys.getsizeof(a), sys.getsizeof(frozenset()), sys.getrefcount(a))
s = set(a)
s.intersection_update(b)
print(s)
s.difference_update({3})
print(s)
s.symmetric_difference_update({4, 9})
print(s)
print(frozenset({frozenset({1, 2}), frozenset()}))
