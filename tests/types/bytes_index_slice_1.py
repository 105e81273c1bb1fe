# indexing bytes gives ints, slicing gives bytes
b = b'Hello, World'
print(b[0], b[1], b[-1], b[-2])
print(type(b[0]).__name__)
print(b[0:5], b[7:], b[:5], b[-5:])
print(b[::2], b[::-1], b[1:8:3])
print(b[100:], b[5:2], b[-100:3])
print(type(b[0:1]).__name__)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[-13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b'abc')
print(ba[0], ba[-1], ba[0:2], ba[::-1])
print(type(ba[1:]).__name__)
try:
    ba[3]
except IndexError as e:
    print(type(e).__name__, e)
print(b[True], b[False])
