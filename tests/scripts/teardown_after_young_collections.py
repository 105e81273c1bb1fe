# Order of death at interpreter exit: CPython collects the module, its dict included.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
b = [D('b0'), D('b1')]
junk = [[] for i in range(1000)]
del junk
c = [D('c0'), D('c1')]
z = D('z')
print('end')
