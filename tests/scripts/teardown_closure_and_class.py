# Order of death at interpreter exit: CPython collects the module, its dict included.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def make():
    local = D('captured')
    def inner():
        return local
    return inner
g1 = make()
d = D('plain')
class K:
    attr = D('K.attr')
    def m(self):
        return self
k = K()
k.own = D('k.own')
print('end')
