# C3 MRO for diamonds
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(names(B))
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C))
print(D.__base__.__name__)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)

class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class L1(K1, K2): pass
class L2(K2, K3): pass
class M(L1, L2): pass
print(names(M))
