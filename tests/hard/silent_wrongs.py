# Answers that must not silently differ: huge positions, huge lengths, mutation while
# iterating, rich comparisons that return other objects.
L = [1]
for call in [lambda: L.insert(10**30, 5), lambda: L.pop(10**30), lambda: L.index(1, 10**30)]:
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(L.index(1, -10**30))
class Eq:
    def __eq__(self, other):
        return 'yes'
    def __lt__(self, other):
        return [1]
print(Eq() == 1, Eq() != 1, Eq() < 2, [Eq()] == [1])
class Huge:
    def __len__(self):
        return 2**100
class Negative:
    def __len__(self):
        return -2**100
for obj in [Huge(), Negative()]:
    try:
        print(len(obj))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(e, len(s))
s = {1, 2, 3}
for k in s:
    s.discard(k)
    s.add(k)
print(sorted(s))
