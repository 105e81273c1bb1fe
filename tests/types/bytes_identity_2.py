# CPython shares empty and one-byte bytes objects; concatenation with b'' returns the operand
letter_a = b'A'
empty = b''
print(bytes([65]) is letter_a)
word = b'hello'
letter_e = b'e'
print(word[1:2] is letter_e, word[1] == letter_e[0])
print(word + b'' is word, b'' + word is word)
print(bytes() is empty, word[3:3] is empty, bytes(0) is empty)
print(word * 1 is word)
print(bytes(bytearray(b'A')) == letter_a)
print(word[:] is word, word[::1] is word)
ba = bytearray(word)
print(ba + b'' is ba, (ba + b'') == ba)
