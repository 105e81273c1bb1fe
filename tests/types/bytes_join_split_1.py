# join, split, rsplit on bytes
print(b', '.join([b'a', b'b', b'c']))
print(b''.join([b'x', bytearray(b'y'), b'z']))
print(b'-'.join([]))
print(b'-'.join(iter([b'one'])))
try:
    b','.join([b'a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b','.join([b'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
print(b'a b  c\td\n'.split())
print(b'a,b,,c'.split(b','))
print(b'a,b,,c'.split(b',', 1))
print(b'a,b,,c'.rsplit(b',', 1))
print(b'  lead and trail  '.split())
print(b'a b c d'.rsplit(None, 2))
print(b''.split(), b''.split(b','))
print(b'abcabc'.split(b'bc'))
print(b'x'.split(b'x'))
try:
    b'abc'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b'p q r').split())
print(type(bytearray(b'p q').split()[0]).__name__)
print(b'1 2 3'.split(maxsplit=1))
