# classic C3 example (Wikipedia) and attribute resolution via MRO
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print([c.__name__ for c in Z.__mro__])

class P:
    who = "P"
    def hello(self):
        return "hello from P"
class Q(P):
    pass
class R(P):
    who = "R"
    def hello(self):
        return "hello from R"
class S(Q, R):
    pass

s = S()
print(s.who, s.hello())
print(S.__mro__.index(R) < S.__mro__.index(P))
try:
    class T(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class U(P, P): pass
except TypeError as e:
    print("TypeError:", e)
