# list methods
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(2), a.index(5, 3), a.count(1), a.count(42))
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.clear()
print(a, b)
print(a.sort() is None, a.reverse() is None)
