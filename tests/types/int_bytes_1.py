# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(1, 'big'), (255).to_bytes(1, 'big'))
print((1).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True))
print((-128).to_bytes(1, 'big', signed=True))
print((65535).to_bytes(3, 'little'))
print((1).to_bytes())
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x80', 'big', signed=True))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x01\x00'), byteorder='little'))
print(int.from_bytes(b'\x01'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
n = 2 ** 70 + 12345
b = n.to_bytes(10, 'big')
print(b, int.from_bytes(b, 'big') == n)
