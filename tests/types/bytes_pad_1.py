# center, ljust, rjust, zfill, expandtabs on bytes
b = b'abc'
print(b.center(9), b.center(9, b'*'), b.center(2))
print(b.ljust(6), b.ljust(6, b'.'), b.rjust(6), b.rjust(6, b'0'))
print(b.center(8, b'-'))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(4), b'12345'.zfill(3))
print(b''.zfill(3))
print(bytearray(b'7').zfill(3), bytearray(b'x').center(5, b'_'))
try:
    b.center(10, b'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.ljust(10, '*')
except TypeError as e:
    print(type(e).__name__, e)
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(4))
