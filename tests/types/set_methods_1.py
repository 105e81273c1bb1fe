# set add/remove/discard/pop/clear/copy
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.remove(4)
s.discard(10)
s.discard(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
c = s.copy()
c.add(50)
print(sorted(s), sorted(c), c is s)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c.clear()
print(c, len(c))
print(set(), set([1, 1]), set(range(3)))
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
total = 0
bag = {1, 2, 3}
while bag:
    total += bag.pop()
print(total, bag)
