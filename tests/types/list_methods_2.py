# list operators and dunder methods
a = [1, 2]
b = a
a += [3]
a *= 2
print(a, b is a)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([].__len__(), [1, 2, 3].__len__(), [1, 2].__contains__(2), [4, 5].__getitem__(-1))
x = [0, 0, 0]
x.__setitem__(1, 'mid')
list.__setitem__(x, 0, 'first')
x.__delitem__(2)
print(x, list.__len__(x))
print([1].__add__([2]), [1].__mul__(3), [1].__eq__([1]), [1].__eq__((1,)))
print(list.__add__([1], [2]), [3, 4].__iadd__([5]))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = 'a'
    [1, 2][key]
except TypeError as e:
    print(type(e).__name__, e)
y = [1, 2]
y += (3, 4)
y += 'ab'
print(y)
print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__next__())
