# % formatting of bytes
print(b'%d items' % 5)
print(b'%s and %s' % (b'this', b'that'))
print(b'%5d|%-5d|%05d' % (42, 42, 42))
print(b'%x %X %o' % (255, 255, 8))
print(b'%c%c' % (104, b'i'))
print(b'%r' % b'x')
print(b'%a' % 'é')
print(b'%.2f' % 3.14159)
print(b'%e' % 12345.678)
print(b'%%' % ())
print(b'%(name)s is %(age)d' % {b'name': b'Bob', b'age': 30})
print(b'%s' % bytearray(b'ba'))
print(bytearray(b'%d-%d') % (1, 2))
try:
    b'%s' % 'text'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'%d %d' % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'%d' % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
