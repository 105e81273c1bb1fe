# hex() and fromhex()
print(b'\x00\x0f\xff'.hex())
print(b''.hex())
print(b'hello'.hex())
print(bytearray(b'\x01\x02').hex())
print(b'\x01\x02\x03\x04'.hex(':'))
print(b'\x01\x02\x03\x04'.hex('-', 2))
print(b'\x01\x02\x03\x04\x05'.hex(' ', -2))
print(bytes.fromhex('68656c6c6f'))
print(bytes.fromhex('68 65 6c 6c 6f'))
print(bytes.fromhex('DEADBEEF'))
print(bytes.fromhex(b'\x01\x02'.hex()) == b'\x01\x02')
try:
    bytes.fromhex('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex(b'ab')
except TypeError as e:
    print(type(e).__name__, e)
print([b.hex() for b in [b'\x10', b'\xab\xcd']])
print(int(b'\x01\x00'.hex(), 16))
