# replace, startswith, endswith
b = b'one two one two'
print(b.replace(b'one', b'1'))
print(b.replace(b'one', b'1', 1))
print(b.replace(b' ', b''))
print(b.replace(b'', b'|'))
print(b.replace(b'zzz', b'y'))
print(bytearray(b'aaa').replace(b'a', b'bb'))
print(b.startswith(b'one'), b.startswith(b'two'))
print(b.startswith((b'x', b'one')), b.endswith((b'one', b'two')))
print(b.endswith(b'two'), b.endswith(b'one'))
print(b.startswith(b'two', 4), b.endswith(b'two', 0, 7))
print(b''.startswith(b''), b'abc'.endswith(b''))
try:
    b.startswith('one')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.replace('one', b'1')
except TypeError as e:
    print(type(e).__name__, e)
print(b.removeprefix(b'one '), b.removesuffix(b' two'))
print(b.removeprefix(b'xx'))
