# Order of death at interpreter exit: CPython collects the module, its dict included.
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
items = [D('i%d' % i) for i in range(800)]
keep = D('keep')
del items[100:]
print('end')
