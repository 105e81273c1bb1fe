# staticmethod
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def describe():
        return "math utilities"

    def use(self):
        return self.add(1, 2), MathUtil.add(3, 4)

print(MathUtil.add(2, 3))
print(MathUtil().add(5, 6))
print(MathUtil.describe())
print(MathUtil().use())

sm = MathUtil.__dict__["add"]
print(type(sm).__name__)
print(sm.__func__(10, 20))
print(callable(sm))
print(sm(7, 8))

def free(x):
    return x * 2

class Holder:
    f = staticmethod(free)
    g = free

print(Holder.f(4), Holder().f(4))
print(Holder.g(4))
try:
    Holder().g(4)
except TypeError as e:
    print("TypeError:", e)

class Sub(MathUtil):
    pass
print(Sub.add(1, 1), Sub().describe())
