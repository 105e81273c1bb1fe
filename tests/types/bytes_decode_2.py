# decode errors: strict, ignore, replace and their messages
bad = b'ab\xffcd'
try:
    bad.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason)
print(bad.decode('utf-8', 'ignore'))
print(bad.decode('utf-8', 'replace'))
print(repr(bad.decode('utf-8', errors='replace')))
try:
    b'caf\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'caf\xe9'.decode('ascii', 'ignore'))
print(b'caf\xe9'.decode('ascii', 'replace'))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'x\xc3\x28y'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xe2\x82'.decode('utf-8', 'replace'))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b'\x80'.decode('ascii')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
