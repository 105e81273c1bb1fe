# args, str() and repr() of builtin exceptions
samples = [
    ValueError(), ValueError('bad'), ValueError('a', 2), KeyError('k'), KeyError(),
    KeyError('a', 'b'), IndexError('out'), TypeError(None), RuntimeError(''),
    ZeroDivisionError('division by zero'), StopIteration(5), MemoryError(),
    NotImplementedError('todo'), AttributeError('attr'), Exception([1, 2]),
    AssertionError('check'), LookupError(3.5), SystemExit(2),
]
for e in samples:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = StopIteration(5)
print(e.value, StopIteration().value)
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
print(str(KeyError("it's")), str(KeyError('a"b')))
try:
    raise MemoryError('out of memory')
except MemoryError as err:
    print(type(err).__name__, err, isinstance(err, Exception))
try:
    raise NotImplementedError
except RuntimeError as err:
    print(type(err).__name__, repr(err), err.args)
