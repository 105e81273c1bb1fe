# WeakValueDictionary: entries vanish when values die
import weakref
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%s)' % self.name
cache = weakref.WeakValueDictionary()
a = Node('a')
b = Node('b')
cache['a'] = a
cache['b'] = b
print(len(cache), sorted(cache.keys()), cache['a'])
del a
print(len(cache), sorted(cache.keys()), 'a' in cache)
print(cache.get('a'), cache.get('b'))
try:
    cache['a']
except KeyError as e:
    print(type(e).__name__, e)
c = Node('c')
cache['c'] = c
print(sorted(cache), sorted(v.name for v in cache.values()))
b = None
print(len(cache), list(cache.items()))
def fill():
    temp = Node('temp')
    cache['temp'] = temp
    return len(cache)
print(fill(), len(cache))
try:
    cache['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(cache.pop('c'), len(cache))
