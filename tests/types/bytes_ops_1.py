# +, *, in, comparisons on bytes
a = b'abc'
b = b'xyz'
print(a + b, b + a)
print(a * 3, 3 * a, a * 0, a * -1)
print(b'b' in a, b'bc' in a, b'cb' in a, b'' in a)
print(98 in a, 120 in a)
print(a == b'abc', a != b, a < b, a <= a, b > a, b >= b'xz')
print(b'ab' < b'abc', b'abd' > b'abc', b'' < b'\x00')
print(a == 'abc', a != 'abc')
print(a == bytearray(b'abc'), bytearray(b'abc') == a)
print(a < bytearray(b'abd'))
try:
    a + 'def'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in a
except ValueError as e:
    print(type(e).__name__, e)
try:
    'a' in a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(a + bytearray(b'!'), bytearray(b'!') + a)
print(max([b'b', b'a', b'c']), min(b'hello'), sorted([b'zz', b'a', b'm']))
print(len(a + b), bool(b''), bool(b'\x00'))
