# dict | and |=, equality, ordering, dunder methods on dict
a = {'a': 1, 'b': 2}
b = {'b': 20, 'c': 30}
print(a | b, b | a)
c = a
c |= b
print(a, c is a)
c |= [('d', 4)]
print(a)
try:
    a | [('e', 5)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
print({1: 'a'} != {1: 'A'})
d = {}
dict.__setitem__(d, 'k', 'v')
print(d, dict.__getitem__(d, 'k'), d.__len__(), d.__contains__('k'))
d.__delitem__('k')
print(d)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
d = {3: 'c', 1: 'a', 2: 'b'}
print(list(d), sorted(d), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
del d[1]
d[1] = 'again'
print(d)
print(dict(sorted(d.items())))
print(len({}), bool({}), bool({0: 0}))
