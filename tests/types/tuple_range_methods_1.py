# tuple and range methods
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t.count(9))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(t + (4,), t * 2, t[1:3], t[::-1], len(t), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () == tuple(), tuple('ab'), tuple(range(3)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1])
print(r.start, r.stop, r.step, r.count(5), r.index(8), 8 in r, 9 in r)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(list(range(5, 0, -2)), range(10)[-3:], reversed(range(3)).__class__.__name__)
