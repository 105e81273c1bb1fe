# dict.fromkeys, update, copy, clear
print(dict.fromkeys(['a', 'b']))
print(dict.fromkeys('xyz', 0))
print(dict.fromkeys(range(3), []))
shared = dict.fromkeys([1, 2], [])
shared[1].append('s')
print(shared)
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ('a', 10)])
d.update(e=5, f=6)
d.update({'g': 7}, h=8)
print(d)
c = d.copy()
c['a'] = -1
print(d['a'], c['a'], c is d)
c.clear()
print(c, len(c), len(d))
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1]))
print(dict(a=1, b=2), dict([(1, 'one')]), dict({'k': 'v'}, k2='v2'))
