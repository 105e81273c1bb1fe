# set algebra methods with arbitrary iterables
a = {1, 2, 3, 4}
b = [3, 4, 5]
print(sorted(a.union(b)), sorted(a.union(b, (9,))))
print(sorted(a.intersection(b)), sorted(a.intersection(b, [4])))
print(sorted(a.difference(b)), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference(b)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.issuperset({1, 9}))
print(a.isdisjoint([7, 8]), a.isdisjoint(iter([4])))
print(sorted(a))
try:
    a.symmetric_difference(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.union(5)
except TypeError as e:
    print(type(e).__name__, e)
print(a.intersection(), a.intersection() is a)
print(set().issubset(set()), set().isdisjoint(set()))
