# bytes literals: escapes, raw, implicit concatenation
a = b''
print(a, len(a))
print(b'hello', len(b'hello'))
print(b"double quoted", B'upper prefix')
print(b'\x00\x01\x7f\x80\xff')
print(len(b'\x00\x01\x7f\x80\xff'))
print(b'tab\there', b'nl\nhere', b'cr\rhere')
print(b'\\backslash', b'quote\'s', b"dq\"s")
print(b'\101\102\103')
print(b'\0', b'\07', b'\177')
print(rb'\n\t\x00', len(rb'\n\t\x00'))
print(Rb'raw', bR'\d+', br'x\\y')
print(b'abc' b'def' b'ghi')
x = (b'first '
     b'second '
     rb'\third')
print(x)
print(b'''triple
quoted''')
print(b"""a'b"c""")
print(b'\a\b\f\v')
print(b'octal \60\61')
print(type(b''), type(b'x') is bytes)
