# is* predicates on bytes
tests = [b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b'  \t\n', b'a b', b'\xe9', b'Hello World', b'HELLO 1']
for t in tests:
    print(t, t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.istitle(), t.isascii())
print(bytearray(b'42').isdigit(), bytearray(b'x').isalpha())
