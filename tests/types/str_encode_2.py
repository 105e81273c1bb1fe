# encode errors and messages
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason)
print('café'.encode('ascii', 'ignore'))
print('café'.encode('ascii', 'replace'))
print('café'.encode('ascii', errors='replace'))
try:
    'price: €5'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('price: €5'.encode('latin-1', 'replace'))
print('price: €5'.encode('latin-1', 'ignore'))
try:
    'ab€€cd'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    b'x'.decode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(issubclass(UnicodeEncodeError, ValueError))
