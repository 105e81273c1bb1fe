# hashing bytes: equal bytes hash equal, usable as keys
a = b'key'
b = bytes([107, 101, 121])
print(a == b, hash(a) == hash(b))
print(hash(b'') == hash(bytes()))
d = {a: 1}
d[b] = 2
print(d, len(d))
s = {b'x', b'x', bytes(b'x')}
print(len(s))
print(b'key' in d, bytes(b'ke') + b'y' in d)
try:
    hash(bytearray(b'key'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b'a'): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b'abc') == hash(b'ab' + b'c'))
counts = {}
for w in b'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(isinstance(hash(b'zz'), int))
