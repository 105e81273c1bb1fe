# case methods on bytes
b = b'hello World 123 \xe9'
print(b.upper())
print(b.lower())
print(b.title())
print(b.capitalize())
print(b.swapcase())
print(b"they're bill's".title())
print(b'ALLCAPS'.capitalize())
print(b''.upper(), b'123'.lower())
print(bytearray(b'MiXeD').swapcase())
print(b'abc-def_ghi jkl'.title())
print(b'hello'.upper().lower() == b'hello')
