# Order in which container contents die, in script mode.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


print('-- list')
l = [D('l0'), D('l1'), D('l2')]
del l
print('-- tuple')
t = (D('t0'), D('t1'), D('t2'))
del t
print('-- dict')
d = {'b': D('d-b'), 'a': D('d-a'), 'c': D('d-c')}
del d
print('-- reversed list')
s = [D('s0'), D('s1')]
s.reverse()
s = None
print('-- nested')
n = {'x': [D('x0'), (D('x1'), D('x2'))], 'y': D('y')}
n.clear()
print('-- slice assignment')
l = [D('a'), D('b'), D('c'), D('d')]
l[1:3] = [D('new')]
print('-- reassignment')
l = None
print('-- instance')
o = D('owner')
o.parts = [D('p0'), D('p1')]
o.extra = D('extra')
del o
print('-- chained temporaries')
print(len([D('tmp0'), D('tmp1')]), D('tmp2').name)
print('-- done')
