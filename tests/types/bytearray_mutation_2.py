# bytearray item and slice assignment, del
ba = bytearray(b'hello world')
ba[0] = ord('H')
ba[-1] = 68
print(ba)
ba[0:5] = b'HOWDY'
print(ba)
ba[5:6] = b'___'
print(ba)
ba[:5] = b''
print(ba)
ba[0:0] = b'>>'
print(ba)
ba[::2] = b'*' * len(ba[::2])
print(ba)
del ba[0]
print(ba)
del ba[-3:]
print(ba)
del ba[::2]
print(ba)
ba[1:3] = [49, 50, 51]
print(ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[::2] = b'toolongvalue'
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[50] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del ba[50]
except IndexError as e:
    print(type(e).__name__, e)
print(ba, len(ba))
