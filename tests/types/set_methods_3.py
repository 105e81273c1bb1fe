# in-place update methods
a = {1, 2, 3, 4}
r = a.update([5, 6], (7,))
print(r, sorted(a))
a.intersection_update(range(3, 10))
print(sorted(a))
a.intersection_update([3, 4, 5], {4, 5, 6})
print(sorted(a))
a.difference_update([5])
print(sorted(a))
a.symmetric_difference_update([4, 8, 9])
print(sorted(a))
a.difference_update({8}, [9])
print(a)
s = {1, 2}
t = s
s |= {3}
s &= {2, 3, 4}
s -= {9}
s ^= {5}
print(sorted(s), s is t)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(1)
except TypeError as e:
    print(type(e).__name__, e)
u = set()
u.update('aab')
print(sorted(u))
