# Order of death at interpreter exit: CPython collects the module, its dict included.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
b = [D('b0'), [D('b1'), D('b2')]]
c = {'x': D('cx'), 'y': (D('cy0'), D('cy1'))}
class Holder:
    pass
h = Holder()
h.first = D('h.first')
h.second = [D('h.second')]
_u = D('_u')
z = D('z')
print('end')
