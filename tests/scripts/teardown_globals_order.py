# Objects with __del__ still alive in module globals when the script ends.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


alpha = D('alpha')
_hidden = D('_hidden')
beta = D('beta')
shared = D('shared')
also_shared = shared
items = [D('item0'), D('item1'), D('item2')]
table = {'k1': D('v1'), 'k2': D('v2')}
__dunder = D('__dunder')
holder = D('holder')
holder.child = D('holder.child')
_last = D('_last')
zeta = D('zeta')
print('end of script')
