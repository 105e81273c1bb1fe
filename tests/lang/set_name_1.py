# __set_name__ on descriptors and plain objects
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset " + self.name)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    last = Field()
    def __init__(self, first=None):
        if first is not None:
            self.first = first

m = Model("Ada")
print(m.first, m.last)
m.last = "Lovelace"
print(m.last, sorted(vars(m)))
print(Model.first.name, Model.last.private)

class Marker:
    def __set_name__(self, owner, name):
        print("Marker named", name, "in", owner.__name__)

class Host:
    a = Marker()
    b = c = Marker()

later = Marker()
Host.d = later
print("no set_name for late assignment")
