# OSError and its subclasses: errno mapping and attributes
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, 'No such file or directory', 'missing.txt')
print(type(e).__name__, e.errno, e.filename, str(e))
for code in [1, 2, 13, 17, 20, 21, 32, 110, 111, 999]:
    print(code, type(OSError(code, 'msg')).__name__)
e = FileNotFoundError('just a message')
print(e.errno, e.strerror, e.args, str(e))
e = OSError('single')
print(e.errno, e.args, str(e))
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
    print(err)
except OSError as err:
    print('other', type(err).__name__)
try:
    open('.', 'r').read()
except IsADirectoryError as err:
    print(type(err).__name__, err)
try:
    raise PermissionError(13, 'Permission denied', 'secret')
except OSError as err:
    print(type(err).__name__, isinstance(err, PermissionError), err)
e = OSError(2, 'msg', 'a', None, 'b')
print(e.filename, e.filename2, str(e))
