# bytearray() constructor forms and bytes.fromhex classmethod
print(bytearray())
print(bytearray(4))
print(bytearray([0, 255, 128]))
print(bytearray(b'abc'))
print(bytearray('xyz', 'utf-8'))
print(bytearray(range(3)))
print(bytearray(bytearray(b'nested')))
try:
    bytearray([300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray('text')
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray.fromhex('de ad be ef'))
print(bytes.fromhex(''))
print(type(bytearray.fromhex('00')).__name__)
class MyBytes(bytes):
    pass
m = MyBytes(b'sub')
print(m, type(m).__name__, isinstance(m, bytes), m == b'sub')
print(bytes(m), type(bytes(m)).__name__)
print(len(bytes(10)), bytes(10).count(0))
