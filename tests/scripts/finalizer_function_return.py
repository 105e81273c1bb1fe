# Finalizers of locals run when the function returns, before the caller continues.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def work(arg):
    a = D('a')
    b = D('b')
    tmp = [D('in-list-1'), D('in-list-2')]
    print('  returning from work')
    return b


def outer():
    print(' outer calls work')
    r = work(D('arg'))
    print(' outer got', r.name)
    r = None
    print(' outer after dropping result')
    return 'outer done'


print('start')
print(outer())


def raises():
    x = D('x-in-raiser')
    raise KeyError('k')


def catcher():
    try:
        raises()
    except KeyError:
        print(' handling')
    print(' handled')


catcher()
print('end')
