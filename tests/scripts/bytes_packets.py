# Encode and decode small binary packets with bytes, int.to_bytes and int.from_bytes.
def encode(kind, payload):
    header = kind.to_bytes(1, 'big') + len(payload).to_bytes(2, 'little')
    return header + payload

def decode(packet):
    kind = packet[0]
    size = int.from_bytes(packet[1:3], 'little')
    body = packet[3:3 + size]
    return kind, size, body

packets = [encode(1, b'hello'), encode(2, 'héllo'.encode()), encode(3, bytes(range(4)))]
stream = b''.join(packets)
print(len(stream), stream.hex())
print(stream.hex(':', 4))
pos = 0
while pos < len(stream):
    kind, size, body = decode(stream[pos:])
    print(kind, size, body, body.decode('utf-8', 'replace'))
    pos += 3 + size
checksum = sum(stream) % 256
print('checksum', checksum, checksum.to_bytes(1, 'big'))
print(bytes.fromhex(stream.hex()) == stream)
signed = [(-5).to_bytes(2, 'big', signed=True), (300).to_bytes(2, 'big', signed=True)]
print(signed, [int.from_bytes(s, 'big', signed=True) for s in signed])
print(b'%s:%d:%x' % (b'id', 42, 255))
words = b'the quick  brown fox'.split()
print(words, b' '.join(w.upper() for w in words))
print(b'key=value; other=thing'.split(b'; '))
