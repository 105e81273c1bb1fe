# WeakValueDictionary as an object cache
import weakref
class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
_cache = weakref.WeakValueDictionary()
def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img
a1 = load('a')
a2 = load('a')
print(a1 is a2, Image.loads, len(_cache))
b = load('b')
print(Image.loads, sorted(_cache))
del a1
print(len(_cache))
del a2
print(len(_cache), sorted(_cache))
a3 = load('a')
print(Image.loads, sorted(_cache))
print(_cache.setdefault('b', Image('unused')).name, Image.loads)
copy = dict(_cache)
print(sorted(copy), all(isinstance(v, Image) for v in copy.values()))
del copy
b = a3 = None
print(len(_cache), list(_cache.keys()))
wd = weakref.WeakValueDictionary({'k': Image('k')})
print(len(wd))
