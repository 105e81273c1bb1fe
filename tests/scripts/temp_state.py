# contextmanager-based temporary state: indentation, attribute overrides, and a stack of settings.
from contextlib import contextmanager, ExitStack


class Printer:
    def __init__(self):
        self.level = 0

    def say(self, msg):
        print('    ' * self.level + msg)

    @contextmanager
    def indented(self, title):
        self.say(title + ':')
        self.level += 1
        try:
            yield self
        finally:
            self.level -= 1
            self.say('end ' + title)


@contextmanager
def override(obj, **changes):
    saved = {k: getattr(obj, k) for k in changes}
    for k, v in changes.items():
        setattr(obj, k, v)
    try:
        yield saved
    finally:
        for k, v in saved.items():
            setattr(obj, k, v)


class Settings:
    precision = 2
    verbose = False
    unit = 'm'


def report(x):
    s = f'{x:.{Settings.precision}f}{Settings.unit}'
    return s + (' (verbose)' if Settings.verbose else '')


p = Printer()
with p.indented('outer'):
    p.say(report(3.14159))
    with p.indented('inner'), override(Settings, precision=4, unit='km') as old:
        p.say(report(3.14159))
        p.say(f'old values {old}')
        with override(Settings, verbose=True):
            p.say(report(2.5))
    p.say(report(2.5))
    try:
        with p.indented('failing'), override(Settings, unit='??'):
            p.say(report(1))
            raise ValueError('computation failed')
    except ValueError as e:
        p.say(f'recovered from: {e}')
    p.say(report(1))

print('level back to', p.level)

with ExitStack() as stack:
    for n in range(3):
        stack.enter_context(override(Settings, precision=n))
        print('stacked precision', Settings.precision, report(1 / 3))
print('after stack', Settings.precision)


@contextmanager
def counted(counter, key):
    counter[key] = counter.get(key, 0) + 1
    yield counter[key]


calls = {}
for word in 'a b a c a b'.split():
    with counted(calls, word) as n:
        pass
print(sorted(calls.items()), n)
