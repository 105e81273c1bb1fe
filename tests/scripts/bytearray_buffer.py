import sys

class Buffer:
    def __init__(self):
        self.data = bytearray()

    def write(self, chunk):
        self.data += chunk

    def read(self, n):
        out = bytes(self.data[:n])
        del self.data[:n]
        return out

buf = Buffer()
sizes = []
for i in range(12):
    buf.write(bytes([65 + i]) * (i + 1))
    sizes.append(sys.getsizeof(buf.data))
print(sizes)
print(len(buf.data), buf.data[:10])
while buf.data:
    chunk = buf.read(7)
    print(chunk, len(buf.data), sys.getsizeof(buf.data))
ba = bytearray(b'hello world')
ba[0:5] = b'HELLO'
ba.extend(b'!!')
ba.insert(5, 44)
print(ba, ba.pop(), ba.count(b'l'), ba.find(b'world'))
ba.reverse()
print(ba)
alias = ba
ba *= 2
print(alias is ba, len(alias), sys.getrefcount(ba))
copy = ba.copy()
print(copy == ba, copy is ba, sys.getsizeof(copy))
