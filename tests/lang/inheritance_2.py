# method resolution with multiple inheritance and overriding
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only in A"

class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only in B"

class AB(A, B):
    pass

class BA(B, A):
    pass

class ABX(A, B):
    def who(self):
        return "ABX>" + A.who(self) + "," + B.who(self)

print(AB().who(), BA().who())
print(AB().only_a(), AB().only_b())
print(ABX().who())

class Counter:
    count = 0
class Named:
    name = "named"
    count = 100
class Both(Counter, Named):
    pass
print(Both.count, Both.name)
Both.count += 1
print(Both.count, Counter.count, Named.count)
print(type(Both()).__mro__[1].__name__)
print(isinstance(Both(), (int, Named)))
