# using a bytearray as a mutable buffer
buf = bytearray()
for i in range(5):
    buf.append(48 + i)
print(buf, buf.decode())
buf[2:3] = b'-two-'
print(buf)
while buf:
    buf.pop()
print(buf, len(buf))
buf = bytearray(8)
for i in range(0, 8, 2):
    buf[i] = 0xff
print(buf.hex())
msg = bytearray(b'secret')
key = 0x20
for i in range(len(msg)):
    msg[i] ^= key
print(msg)
print(bytes(msg), bytes(msg).lower())
out = bytearray()
for word in [b'a', b'bb', b'ccc']:
    out += word
    out.append(44)
print(out.rstrip(b','))
print(out.count(44), out.index(b'ccc'))
s = bytearray(b'sort me')
print(bytearray(sorted(s)))
print(list(reversed(bytearray(b'abc'))))
