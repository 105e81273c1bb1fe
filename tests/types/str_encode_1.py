# str.encode with utf-8, ascii, latin-1
s = 'naïve café'
print(s.encode())
print(s.encode('utf-8'))
print(s.encode('latin-1'))
print('plain'.encode('ascii'))
print('€'.encode('utf-8'), len('€'.encode('utf-8')))
print('\U0001F600'.encode())
print(''.encode())
print(type('x'.encode()).__name__)
for enc in ['utf-8', 'ascii', 'latin-1']:
    print(enc, 'abc'.encode(enc))
print(s.encode('utf-8').decode('utf-8') == s)
print(s.encode('latin-1').decode('latin-1') == s)
print([len(c.encode()) for c in 'aé€\U0001F600'])
