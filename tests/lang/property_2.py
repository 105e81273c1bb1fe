# property() called directly, docstrings, attributes
class C:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        self._x = None
    x = property(getx, setx, delx, "The x property.")

c = C()
c.x = 5
print(c.x)
del c.x
print(c.x)
print(C.x.__doc__)
print(type(C.x).__name__)
print(C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel is C.delx)

class D:
    @property
    def value(self):
        """Value doc."""
        return 42

print(D.value.__doc__)
print(D().value)
print(D.value.fset, D.value.fdel)
ro = property(lambda self: "ro")
class E:
    p = ro
print(E().p)
try:
    del E().p
except AttributeError as e:
    print("AttributeError:", e)
