# bytes() constructor forms
print(bytes())
print(bytes(0), bytes(3))
print(bytes([1, 2, 3]))
print(bytes((65, 66, 67)))
print(bytes(range(97, 102)))
print(bytes(x * 2 for x in range(5)))
print(bytes('abc', 'ascii'))
print(bytes('héllo', 'utf-8'))
print(bytes('héllo', encoding='latin-1'))
print(bytes(bytearray(b'from ba')))
print(bytes(b'x'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(3.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(b'abc', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
