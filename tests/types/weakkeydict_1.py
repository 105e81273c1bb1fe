# WeakKeyDictionary: metadata attached to objects
import weakref
class Widget:
    def __init__(self, n):
        self.n = n
meta = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget(1), Widget(2), Widget(3)
meta[w1] = 'first'
meta[w2] = 'second'
meta[w3] = 'third'
print(len(meta), meta[w1], w2 in meta)
del w2
print(len(meta), sorted(meta.values()))
w3 = Widget(33)
print(len(meta), sorted(k.n for k in meta.keys()))
print(meta.get(w3, 'no meta for new w3'))
meta[w3] = 'replacement'
print(sorted(meta.values()))
try:
    meta['string key'] = 1
except TypeError as e:
    print(type(e).__name__, e)
ws = [Widget(i) for i in range(5)]
for w in ws:
    meta[w] = w.n * 10
print(len(meta))
del ws[:3]
print(len(meta), sorted(v for v in meta.values() if isinstance(v, int)))
ws.clear()
print(len(meta))
r = weakref.ref(w1)
print(r() is w1)
del w1
print(r(), len(meta))
