# Objects reachable at exit only through a class attribute, a closure,
# a default argument and a list, plus a global that is deleted early.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Registry:
    entry = D('class attribute')


def make():
    captured = D('closure cell')

    def get():
        return captured.name
    return get


getter = make()


def with_default(x=D('default arg')):
    return x.name


box = [D('in list')]
early = D('early')
del early
print(getter(), with_default())
print('end of script')
