# str split/join/strip variants
print('a,b,,c'.split(','), 'a b  c'.split(), '  x  '.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2))
print('one\ntwo\r\nthree'.splitlines(), 'one\ntwo\n'.splitlines(True))
print(''.split(), ''.split(','), ' '.split())
print('-'.join(['a', 'b']), ''.join('xyz'), ', '.join(str(i) for i in range(4)))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print(repr('  pad  '.strip()), repr('xxhixx'.strip('x')), repr('  a '.lstrip()), repr(' a  '.rstrip()))
print('www.site.org'.lstrip('w.'), 'file.txt...'.rstrip('.'))
print('a\u2003b'.split(), 'x\x1cy'.split())
print('1 2 3'.split(maxsplit=1), '1 2 3'.rsplit(maxsplit=1))
