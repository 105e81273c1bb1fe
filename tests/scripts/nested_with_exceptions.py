# Nested with statements: which __exit__ sees what, suppression, replacement and chaining.
class Guard:
    def __init__(self, name, swallow=(), replace=None):
        self.name = name
        self.swallow = swallow
        self.replace = replace

    def __enter__(self):
        print(f'enter {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        seen = f'{exc_type.__name__}({exc})' if exc_type else 'nothing'
        print(f'exit  {self.name}: sees {seen}')
        if self.replace and exc_type:
            raise self.replace(f'{self.name} replaced {exc_type.__name__}')
        return exc_type is not None and issubclass(exc_type, self.swallow)


def scenario(title, body):
    print(f'--- {title}')
    try:
        body()
    except Exception as e:
        ctx = e.__context__
        print(f'escaped: {type(e).__name__}: {e}' + (f' (context: {type(ctx).__name__})' if ctx else ''))
    else:
        print('completed normally')


def clean():
    with Guard('a'), Guard('b'):
        print('body')


def inner_swallows():
    with Guard('outer'):
        with Guard('inner', swallow=(KeyError,)):
            raise KeyError('k')
        print('after inner block')


def outer_swallows():
    with Guard('outer', swallow=(LookupError,)):
        with Guard('inner'):
            [][3]
        print('never printed')
    print('after outer block')


def replaced():
    with Guard('outer'):
        with Guard('inner', replace=RuntimeError):
            int('nope')


def exit_chain():
    with Guard('x', replace=TypeError), Guard('y', replace=ValueError):
        raise OSError('disk')


def in_loop():
    for i in range(4):
        with Guard(f'loop{i}', swallow=(ZeroDivisionError,)):
            if i == 3:
                break
            print('  ratio', 6 / (i - 1))
    print('loop ended at', i)


def returns_through():
    def f():
        with Guard('f'):
            try:
                return 'from try'
            finally:
                print('finally inside with')
    print('f() ->', f())


for title, body in [('clean', clean), ('inner swallows', inner_swallows),
                    ('outer swallows', outer_swallows), ('replaced', replaced),
                    ('exit chain', exit_chain), ('in loop', in_loop),
                    ('return through', returns_through)]:
    scenario(title, body)

try:
    with Guard('final', replace=RuntimeError):
        raise ValueError('v')
except RuntimeError as e:
    print('cause:', e.__cause__, '| context:', repr(e.__context__))
