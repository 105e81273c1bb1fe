# frozenset comparisons and subset relations
a = frozenset([1, 2])
b = frozenset([1, 2, 3])
print(a < b, a <= b, b > a, b >= a, a > b)
print(a < a, a <= a, a == a, a != b)
print(a < {1, 2, 3}, {1, 2} <= b, {1, 2, 3, 4} > b)
print(frozenset() < a, frozenset() <= frozenset())
print(a == {1, 2}, a == [1, 2], a != (1, 2))
c = frozenset([2, 5])
print(a < c, c < a, a == c)
print(a.issubset(b), a.issubset([1, 2, 9]), b.issuperset(a), b.issuperset(range(3)))
print(a.isdisjoint(frozenset([7])), a.isdisjoint({2}))
sets = [frozenset([1, 2, 3]), frozenset([1]), frozenset(), frozenset([1, 2])]
print([sorted(x) for x in sorted(sets, key=len)])
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
