# dict subclass overriding __setitem__/__getitem__ (and which methods bypass them)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

d = Lower()
d["KEY"] = 1
d["Other"] = 2
print(d, d["key"], d["OTHER"])
d2 = Lower({"MiXeD": 3})
print(d2)
d2.update(UP=4)
print(d2)
print(d2.get("mixed"), d2.get("MIXED"))

class Ordered(dict):
    def keys_sorted(self):
        return sorted(self)
    def __repr__(self):
        return "Ordered(%s)" % ", ".join("%s=%r" % (k, self[k]) for k in self.keys_sorted())

o = Ordered(b=2, a=1)
print(o)
print(o | {"c": 3}, type(o | {"c": 3}).__name__)
print(len(o), list(o.values()))
o2 = o.copy()
print(type(o2).__name__)
print(Ordered.fromkeys("xy", 0))
