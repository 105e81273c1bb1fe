# An unreachable cycle with __del__ is still pending when the script ends,
# next to ordinary globals with __del__.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def make_cycle(tag):
    a = D(tag + '-a')
    b = D(tag + '-b')
    a.peer = b
    b.peer = a


gc.disable()
_ = gc.collect()
make_cycle('cycle1')
print('cycle1 made; gc disabled so it stays pending')
keep = D('global')
make_cycle('cycle2')
n = gc.collect()
print('collected', n)
make_cycle('cycle3')
print('end of script, gc enabled:', gc.isenabled())
