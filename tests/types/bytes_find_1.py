# find, rfind, index, rindex, count on bytes
b = b'abracadabra'
print(b.find(b'a'), b.find(b'bra'), b.find(b'zz'))
print(b.rfind(b'a'), b.rfind(b'bra'), b.rfind(b'zz'))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', -4))
print(b.find(99), b.rfind(98))
print(b.index(b'cad'), b.rindex(b'a'))
try:
    b.index(b'xyz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.rindex(b'q')
except ValueError as e:
    print(type(e).__name__, e)
print(b.count(b'a'), b.count(b'bra'), b.count(b'z'), b.count(b''))
print(b.count(97), b.count(b'a', 5))
print(b.find(b''), b.rfind(b''))
print(bytearray(b).find(b'cad'), bytearray(b).count(b'a'))
try:
    b.find('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.find(256)
except ValueError as e:
    print(type(e).__name__, e)
