# inheriting __init__, class attributes, and overriding via instance
class Base:
    kind = "base"
    def __init__(self, value=0):
        self.value = value
    def show(self):
        return "%s:%s:%s" % (type(self).__name__, self.kind, self.value)

class NoInit(Base):
    kind = "noinit"

class Override(Base):
    def __init__(self):
        self.value = "overridden"

class CallsBase(Base):
    def __init__(self, v, extra):
        Base.__init__(self, v)
        self.extra = extra

print(NoInit(5).show())
print(Override().show())
c = CallsBase(7, "x")
print(c.show(), c.extra)
obj = Base(1)
obj.kind = "instance"
print(obj.show(), Base.kind)
print(NoInit.__dict__.get("__init__"), "__init__" in Base.__dict__)
print(Override.__init__ is Base.__init__, NoInit.__init__ is Base.__init__)
try:
    Override(1)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(CallsBase, object), CallsBase.__subclasses__(), [k.__name__ for k in Base.__subclasses__()])
