# `x op= y` releases both operands before the result is stored, as CPython's BINARY_OP
# does before STORE_FAST/STORE_GLOBAL/STORE_ATTR: the finalizers run in CPython's order.
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __add__(self, o): return N(self.n + "+")
    def __radd__(self, o): return N("r" + self.n)
def f():
    x = N("x")
    x += N("rhs")
    print("after")
    y = 1
    y = N("y0")
    y += N("r2")
f()
g = N("g")
g += N("grhs")
class C: pass
c = C(); c.a = N("a")
c.a += N("arhs")
print("end")
