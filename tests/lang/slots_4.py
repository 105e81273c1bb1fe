# __slots__ and multiple inheritance, __weakref__, slot descriptors
class A:
    __slots__ = ("a",)

class B:
    __slots__ = ()

class AB(A, B):
    __slots__ = ("b",)

x = AB()
x.a, x.b = 1, 2
print(x.a, x.b)

class C:
    __slots__ = ("c",)

try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)

print(A.a.__name__, A.a.__objclass__.__name__)
A.a.__set__(x, 99)
print(A.a.__get__(x, AB))

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "s"
    def reveal(self):
        return self.__secret
print(Private().reveal(), Private.__slots__)
print(hasattr(Private, "_Private__secret"))
