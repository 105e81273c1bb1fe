# partition, rpartition, splitlines on bytes
b = b'key=value=more'
print(b.partition(b'='))
print(b.rpartition(b'='))
print(b.partition(b'#'))
print(b.rpartition(b'#'))
print(bytearray(b'a:b').partition(b':'))
try:
    b.partition(b'')
except ValueError as e:
    print(type(e).__name__, e)
text = b'line1\nline2\r\nline3\rline4\n'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print(b''.splitlines(), b'\n'.splitlines(), b'no newline'.splitlines())
print(b'a\n\nb'.splitlines())
