# identity shortcuts for immutable bytes
b = b'immutable'
print(b[:] is b)
print(bytes(b) is b)
print(b * 1 is b)
e = b''
print(e[:] is e)
ba = bytearray(b'mutable')
print(ba[:] is ba, ba[:] == ba)
c = ba.copy()
print(c is ba, c == ba)
c.append(33)
print(ba, c)
x = b'ab' + b'cd'
print(x == b'abcd')
print(type(b[:]).__name__, type(ba[:]).__name__)
