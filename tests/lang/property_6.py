# property copying semantics: setter/getter/deleter return new property objects
class C:
    def _get(self):
        return "got"
    p = property(_get)
    q = p.setter(lambda self, v: print("set", v))

print(C.p is C.q)
print(C.p.fset, C.q.fset is not None)
c = C()
c.q = 5
try:
    c.p = 5
except AttributeError as e:
    print("AttributeError:", e)
print(c.q)

class Doc:
    def g(self):
        "getter doc"
        return 1
    p = property(g)
    p2 = property(g, doc="explicit")

print(Doc.p.__doc__, Doc.p2.__doc__)
print(Doc().p, Doc().p2)
