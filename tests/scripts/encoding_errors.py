samples = ['plain', 'café', 'naïve €5', '日本']
for text in samples:
    for enc in ('utf-8', 'latin-1', 'ascii'):
        try:
            data = text.encode(enc)
            print(enc, data, data.decode(enc) == text)
        except UnicodeEncodeError as e:
            print(enc, 'error:', e)
raw = [b'ok', b'\xff\xfe', b'caf\xc3', b'\xc3\xa9t\xc3\xa9', b'\xed\xa0\x80']
for r in raw:
    try:
        print(r.decode())
    except UnicodeDecodeError as e:
        print('decode error:', e)
    print(r.decode('utf-8', 'replace'), r.decode('latin-1'), r.decode('ascii', 'ignore'))
try:
    b'x'.decode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError, type), issubclass(UnicodeDecodeError, ValueError))
