# data vs non-data descriptors
class Data:
    def __get__(self, obj, objtype=None):
        return "data get (obj is None: %s, type %s)" % (obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print("data set", value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data get"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d)
print(C.d)
c.d = 5
c.__dict__["d"] = "instance d"
print(c.d)
print(c.n)
c.n = "instance n"
print(c.n)
del c.n
print(c.n)
print(vars(c))

class GetOnlyViaType:
    def __get__(self, obj, objtype):
        return objtype.__name__
class D:
    name = GetOnlyViaType()
class E(D):
    pass
print(D.name, E.name, E().name)
