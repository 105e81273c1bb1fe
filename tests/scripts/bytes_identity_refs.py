import sys

def show(label, value):
    print(label, sys.getrefcount(value))

payload = b'payload bytes'
show('start', payload)
keep = [payload[:], bytes(payload), payload + b'', payload * 1]
print([k is payload for k in keep])
show('held 4 more', payload)
del keep
show('released', payload)
parts = payload.split(b' ')
print(parts, [sys.getrefcount(p) for p in parts])
joined = b' '.join(parts)
print(joined == payload, joined is payload)
print(payload.strip() is payload, payload.replace(b'q', b'z') is payload)
ba = bytearray(payload)
print(ba[:] is ba, bytes(ba) == payload, sys.getrefcount(ba))
print(sys.getsizeof(payload), sys.getsizeof(ba), sys.getsizeof(joined))
cache = {payload: 1, bytes(ba): 2}
print(len(cache), cache[payload])
