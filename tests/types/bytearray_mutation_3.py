# bytearray reverse, clear, copy, += in place, *=
ba = bytearray(b'stressed')
ba.reverse()
print(ba)
alias = ba
ba += b'!!'
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
c = ba.copy()
c.clear()
print(c, len(c), ba)
ba.clear()
print(ba, alias)
b = b'imm'
b2 = b
b += b'utable'
print(b, b2, b is b2)
x = bytearray(b'ab')
y = x + b'cd'
print(x, y, type(y).__name__)
x += bytearray(b'zz')
print(x)
x += b'\x01\x02'
print(x)
try:
    x += 'str'
except TypeError as e:
    print(type(e).__name__, e)
print(x * 2, type(x * 2).__name__)
