# iterating over bytes and bytearray
data = b'Hi!'
for byte in data:
    print(byte, chr(byte), hex(byte))
print(list(enumerate(b'ab')))
print(sum(b'\x01\x02\x03'), max(b'az'), min(b'az'), sorted(b'cab'))
print([b for b in b'hello' if b > 104])
print(bytes(b ^ 0xff for b in b'\x00\x0f'))
print(list(map(chr, b'xyz')), ''.join(map(chr, b'xyz')))
print(list(zip(b'ab', b'cd')))
print(list(reversed(b'abc')), b'abc'[::-1])
it = iter(b'ok')
print(next(it), next(it), next(it, 'end'))
print(dict.fromkeys(b'aab'), set(b'aab') == {97, 98})
print(any(b'\x00\x00'), all(b'\x01\x02'), len(list(bytearray(5))))
print(b''.join(bytes([b]) for b in range(65, 70)))
print([bytes([b]) for b in b'abc'])
total = 0
for i, b in enumerate(bytearray(b'\x10\x20')):
    total += i * b
print(total)
