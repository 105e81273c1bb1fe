# Order of death at interpreter exit: CPython collects the module, its dict included.
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
gc.disable()
a = D('a')
b = [D('b0'), D('b1')]
def f(): return a
z = D('z')
print('end')
