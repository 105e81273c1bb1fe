# super() with properties, staticmethods, and __class__ cell
class A:
    @property
    def value(self):
        return "A.value"
    @staticmethod
    def s():
        return "A.s"
    def who(self):
        return __class__.__name__

class B(A):
    @property
    def value(self):
        return "B+" + super().value
    @staticmethod
    def s():
        return "B+" + super(B, B).s()
    def who(self):
        return __class__.__name__ + ">" + super().who()

b = B()
print(b.value)
print(B.s())
print(b.who())

class C(B):
    pass
print(C().who())

sup = super(B, b)
print(type(sup).__name__)
print(sup.value)

def outside(self):
    return super(B, self).who()
B.outside = outside
print(b.outside())

class Meta:
    def __repr__(self):
        return "Meta<" + super().__repr__()[:1] + ">"
print(repr(Meta()))
