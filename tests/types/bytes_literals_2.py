# bytes literals compared with constructed values
print(b'A' == bytes([65]))
print(b'\x41\x42' == b'AB')
print(b'\n' == bytes([10]))
print(rb'\n' == b'\\n')
print(list(b'\x00\x10\x20'))
print(list(rb'\x'))
print(b'a' b'b' == b'ab')
print([b for b in b'\xfe\xff'])
print(b'%c' % 97)
print(b'\x80'[0], b'\xff'[0], b'\x7f'[0])
print(b'\'' == b"'")
print(b'caf\xc3\xa9'.decode())
print(len(b'''
'''))
s = b'x' * 3 + b'y'
print(s)
print(bytes(b'copy'), bytes(b'copy') == b'copy')
