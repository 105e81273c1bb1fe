# ExitStack managing a variable number of resources, with a failure part-way through opening.
from contextlib import ExitStack, closing, suppress


class FakeFile:
    opened = []

    def __init__(self, name, fail=False):
        if fail:
            raise OSError(f'cannot open {name}')
        self.name = name
        self.lines = [f'{name}:{i}' for i in range(2)]
        FakeFile.opened.append(name)
        print('open', name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        FakeFile.opened.remove(self.name)
        print('close', self.name)

    def __del__(self):
        print('del', getattr(self, 'name', '?'))


def merge(names, bad=None):
    with ExitStack() as stack:
        files = [stack.enter_context(FakeFile(n, fail=(n == bad))) for n in names]
        print('all open:', FakeFile.opened)
        return [line for f in files for line in f.lines]


print(merge(['a', 'b', 'c']))
print('open now:', FakeFile.opened)
try:
    merge(['a', 'b', 'c'], bad='c')
except OSError as e:
    print('failed:', e, '| open now:', FakeFile.opened)


def open_later(names):
    with ExitStack() as stack:
        files = [stack.enter_context(FakeFile(n)) for n in names]
        keep = stack.pop_all()
    print('handed over, still open:', FakeFile.opened)
    return keep, files


keep, files = open_later(['x', 'y'])
del files
keep.close()
print('after close:', FakeFile.opened)

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    f = stack.enter_context(closing(FakeFile('z')))
    stack.enter_context(suppress(ZeroDivisionError))
    stack.callback(print, 'callback 2')
    print('about to fail')
    1 / 0
print('suppressed; f still bound:', f.name)
del f
print('end')
