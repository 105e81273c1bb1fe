# strip family on bytes and bytearray
print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip())
print(b'\t\n hi \r\x0b\x0c'.strip())
print(b'xxhixx'.strip(b'x'), b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'))
print(b'abcHELLOcba'.strip(b'abc'))
print(b''.strip(), b'   '.strip())
print(bytearray(b'  ba  ').strip())
print(type(bytearray(b' x ').strip()).__name__)
print(b'www.example.com'.lstrip(b'w.'))
print(b'123abc456'.strip(b'0123456789'))
try:
    b'abc'.strip('a')
except TypeError as e:
    print(type(e).__name__, e)
print(b'\xa0x\xa0'.strip())
print(b'  a b  '.strip(None))
