# frozenset methods
f = frozenset([1, 2, 3, 4])
print(f.copy() is f)
print(frozenset().copy() == frozenset())
print(sorted(f.union([5], (6,))))
print(sorted(f.intersection({2, 3, 9}, [3, 2])))
print(sorted(f.difference([1], {2})))
print(sorted(f.symmetric_difference([4, 5])))
print(f.issubset(range(10)), f.issuperset([1, 4]), f.isdisjoint([0]))
print(sorted(f.union()), f.union() == f)
names = [n for n in dir(frozenset) if not n.startswith('_')]
print(names)
class Tagged(frozenset):
    pass
t = Tagged([1, 2])
print(type(t).__name__, sorted(t), t == frozenset([1, 2]))
print(type(t.copy()).__name__, type(t | {3}).__name__)
print(frozenset(f) is f)
print(len(frozenset('hello')), frozenset('aaa') == frozenset('a'))
