# Order of death at interpreter exit: CPython collects the module, its dict included.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = D('x')
y = D('y')
x.other = y
y.other = x
lst = [D('l0')]
lst.append(lst)
w = D('w')
print('end')
