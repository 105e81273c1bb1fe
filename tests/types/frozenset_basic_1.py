# frozenset construction and repr
print(frozenset())
print(repr(frozenset()))
print(frozenset([3, 1, 2]))
print(frozenset(range(5)))
print(frozenset((1, 1, 2, 2)))
print(frozenset({4, 5}))
print(frozenset(x % 3 for x in range(10)))
print(len(frozenset([1, 2, 3])), len(frozenset()))
print(2 in frozenset([1, 2]), 9 in frozenset([1, 2]), 9 not in frozenset())
print(sorted(frozenset([5, 3, 9])))
print(type(frozenset()).__name__, isinstance(frozenset(), set))
print(bool(frozenset()), bool(frozenset([0])))
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(5)
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.discard(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset([frozenset([1]), frozenset([2])]) == {frozenset([2]), frozenset([1])})
print(sum(frozenset([10, 20, 30])), max(frozenset([4, 8, 1])))
