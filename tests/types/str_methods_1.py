# str partition, rpartition, zfill, removeprefix/removesuffix
s = 'user@example.com'
print(s.partition('@'), s.rpartition('.'))
print(s.partition('#'), s.rpartition('#'))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'))
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
print('42'.zfill(5), '-42'.zfill(6), '+3.5'.zfill(7), 'abc'.zfill(2), ''.zfill(2))
print('test_file.py'.removeprefix('test_'), 'test_file.py'.removesuffix('.py'))
print('abc'.removeprefix('x'), 'abc'.removesuffix(''), 'aaa'.removeprefix('a'))
try:
    'abc'.removeprefix(1)
except TypeError as e:
    print(type(e).__name__, e)
key, _, value = 'name = minipy'.partition(' = ')
print(repr(key), repr(value))
head, sep, tail = 'no-separator'.rpartition(':')
print(repr(head), repr(sep), repr(tail))
