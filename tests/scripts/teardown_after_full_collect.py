# Order of death at interpreter exit: CPython collects the module, its dict included.
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
b = [D('b0'), D('b1')]
gc.collect()
c = [D('c0'), D('c1')]
z = D('z')
print('end')
