# SyntaxError, KeyError, UnicodeError attributes and constructors
e = SyntaxError('bad thing', ('file.py', 3, 5, 'x = = 1\n'))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(str(e), e.args[0])
e = SyntaxError('only msg')
print(str(e), e.filename, e.lineno)
try:
    compile('x = (1,', 'prog.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno)
    print(err)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(e)
e = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
print(e)
try:
    {}['x']
except KeyError as err:
    print(repr(err), err.args, str(err))
try:
    [][0]
except IndexError as err:
    print(repr(err))
try:
    None.attr
except AttributeError as err:
    print(err, err.name)
try:
    import no_such_module_here
except ModuleNotFoundError as err:
    print(type(err).__name__, err, err.name)
try:
    raise ImportError('custom', name='modname')
except ImportError as err:
    print(err, err.name)
