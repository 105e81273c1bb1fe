# round-tripping ints through bytes
for n in [0, 1, 127, 128, 255, 256, 65535, 2**31 - 1]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, 'big')
    print(n, length, b, int.from_bytes(b, 'big'))
for n in [-1, -128, -129, -32768, 32767]:
    b = n.to_bytes(2, 'little', signed=True)
    print(n, b, int.from_bytes(b, 'little', signed=True))
print(list((0x01020304).to_bytes(4, 'big')))
print(list((0x01020304).to_bytes(4, 'little')))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x05', 'big')
print(v, type(v).__name__)
