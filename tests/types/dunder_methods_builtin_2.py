# dunder methods on containers
d = {}
dict.__setitem__(d, 'a', 1)
d.__setitem__('b', 2)
print(d, d.__getitem__('a'), d.__contains__('b'), d.__len__(), len(d))
print(dict.__contains__(d, 'zz'), d.__iter__().__next__())
s = {1, 2}
print(set.__contains__(s, 1), s.__contains__(3), s.__len__(), set.__or__(s, {3}))
print(s.__and__({2}), s.__sub__({1}), s.__xor__({2, 5}), s.__le__({1, 2, 3}))
print(s.__or__([1]), frozenset.__contains__(frozenset([4]), 4))
t = (1, 2, 3)
print(t.__len__(), t.__getitem__(0), t.__contains__(3), t.__add__((4,)), tuple.__mul__(t, 2))
print('abc'.__iter__().__next__(), [5, 6].__iter__().__next__(), iter(range(3)).__next__())
print(range(10).__len__(), range(10).__contains__(5), range(10).__getitem__(-1))
try:
    d.__getitem__('missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    set.__contains__(s, [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__setitem__([], 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__len__([1, 2, 3]), str.__len__('four'), bytes.__len__(b'xy'))
print([].__class__.__name__, {}.__class__, (1).__class__ is int)
