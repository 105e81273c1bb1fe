# What the random-program differential tester (tools/fuzzdiff.py) found, each fixed.
import sys
# Set layouts: `|`, `&`, `^` with an empty or the same set, displays of colliding keys.
S2 = set()
S3 = {21, -3, 23, 29}
print(S2 ^ S3, S2 & S3, S2 | S3)
print(S3 ^ S2, S3 | S2, S3 & S3, S3 - S2)
print({-2, -1, 39}, {39, -2, -1}, {-2, -1, 39} | {35})
# Compile-time warnings on folded constants (printed before the program runs).
v1 = (False, 'é', 3, -3)[2:][0]
v2 = -1 is not True
v3 = (1, 2) is None
try:
    v4 = (1, 2, 3)[1][0]
except TypeError as e:
    print(e)
v5 = b'abc'[-1] + 1
# Int true division, correctly rounded.
print(2 / 10**30, 10**30 / 3, -(10**400) / 10**399, 1 / 3, (2**53 + 1) / 1, 10**20 / 7)
# Membership in a float is a TypeError even for NaN.
for c in (float('nan'), 1.5):
    try:
        print(2 in c)
    except TypeError as e:
        print(e)
# Unpacking a non-iterable into a call or a display.
def f(*a):
    return a
for src in ['[*5]', '(*5,)', '{*5}', 'f(*5)', 'print(*5)', 'slice(**5)', 'len(*None)']:
    try:
        eval(src)
    except TypeError as e:
        print(e)
# A list whose length hint cannot be allocated.
try:
    x = list(range(10**12))
except MemoryError:
    print('MemoryError')
for e in ['b\'x\' * -10**20', 'bytes(10**20)', 'bytes(-2**64)', 'bytes(-1)', 'bytearray(-2**64)', 'b\'ab\' * -3', 'bytearray(b\'x\') * -10**20']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(hash(1))
try:
    print(globals() in globals())
except TypeError as e: print(e)
try:
    {globals(): 1}
except TypeError as e: print(e)
