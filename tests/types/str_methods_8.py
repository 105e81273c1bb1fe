# str misc: encode, join, multiplication, comparison, ord/chr, dunder methods
s = 'Hello'
print(s.__len__(), s.__contains__('ell'), s.__getitem__(1), s.__add__(' there'))
print(s.__mul__(2), s.__rmul__(2), s.__eq__('Hello'), s.__lt__('World'))
print(str.upper(s), str.__len__('abc'), str.join(',', 'abc'))
print(s.__eq__(1), s.__lt__(1))
try:
    s.__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
print([ord(c) for c in 'Az9'], ''.join(chr(c) for c in [72, 105]))
print(chr(0x1F600) == '\U0001F600', ord('€'))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
print('abc' < 'abd', 'Z' < 'a', 'ab' < 'abc', sorted(['b', 'A', 'a', 'B']))
print(s * 0 == '', s[::-1], s[1:-1], s[10:])
print('a' 'b' 'c', 'x' * 3)
print(str(), str(12), str(None), str([1, 'a']), str(b'x', 'ascii'))
print('%s=%d (%.1f%%)' % ('k', 7, 12.34))
