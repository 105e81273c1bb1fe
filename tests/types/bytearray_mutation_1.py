# bytearray append, extend, insert, pop, remove
ba = bytearray(b'abc')
ba.append(100)
print(ba)
ba.extend(b'ef')
print(ba)
ba.extend([103, 104])
ba.extend(bytearray(b'i'))
ba.extend(range(106, 108))
print(ba, len(ba))
ba.insert(0, 65)
ba.insert(-1, 90)
ba.insert(100, 33)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2))
print(ba)
ba.remove(ord('c'))
print(ba)
try:
    ba.remove(255)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append(256)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append(b'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba.extend('str')
except TypeError as e:
    print(type(e).__name__, e)
print(ba)
