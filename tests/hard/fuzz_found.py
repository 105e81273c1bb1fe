# Differences the random-program tester (tools/fuzzdiff.py) found, each cut down to a few lines.
# --- r_fdivmod
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print(e)

# --- r_powinf
print(float('-inf') ** 0.5, float('inf') ** 0.5, float('-inf') ** 2.0)

# --- r_negzero
print(0 / -2**63, 0 / -1, 0.0 / -5)

# --- r_boolor
print(False | True, True & True, True ^ False)

# --- r_binop
for a, b in [(1, 2.5), (2.5, 1), (True, 1.5), ([1], 1.5)]:
    for op in ('|', '&', '^', '<<', '>>', '@'):
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(e)
try:
    0.1 & (2**2000)
except Exception as e:
    print(type(e).__name__, e)

# --- r_seqmul
try:
    [] * b'ab'
except TypeError as e:
    print(e)
try:
    'ab' * 1.5
except TypeError as e:
    print(e)

# --- r_ipow
x = 'a'
try:
    x **= 2
except TypeError as e:
    print(e)

# --- r_nameerr
d1 = 1
try:
    d2
except NameError as e:
    print(e)
class S: __slots__ = ()
try:
    S().__dict__
except AttributeError as e:
    print(e)

# --- r_strmod
try:
    print(repr('-42' % 'abc'))
except TypeError as e:
    print(e)

# --- r_percent
try:
    "refused " % 'f'
except TypeError as e:
    print(e)

# --- r_bigidx
t = [[1]]
try:
    t[10**20] += [2]
except IndexError as e:
    print(e)
try:
    print([1, 2][10**20])
except IndexError as e:
    print(e)

# --- r_nancmp
nan = float('nan')
print([-1, 1] >= [nan, -0.0])
print([1] == [nan], [nan] == [nan])

# --- r_enumstart
try:
    enumerate(1, start='xy')
except TypeError as e:
    print(e)

# From cargo fuzz (the compile and session targets): shifts past any int's size, found
# first by the compile-time folder; unbound methods of builtin types given keywords.
for e in ['1 << 10**20', '1 << 2**63', '0 << 10**30', '-1 << 10**20', '5 >> 10**30', '-5 >> 10**30',
          '1 << -1', '1 ** 10**30', '(-1) ** (10**30 + 1)', '0 ** 10**30', '8<<8888+88888888858888888844']:
    try:
        x = eval(e)
        print(e, 'ok', x)
    except (OverflowError, MemoryError, ValueError) as ex:
        print(e, type(ex).__name__, ex)
x = {}
dict.update(x, b=2)
print(x)
for f in [lambda: dict.update(b=2), lambda: list.sort(key=len), lambda: str.split(sep=',')]:
    try:
        f()
    except TypeError as e:
        print(e)
for x in (0, 1, -1):
    for y in (0, 1, 2, 3, 10**30, 10**30 + 1):
        print(x, y % 7, x ** y)
import sys
for e in ["'' * 10**12", "[] * 10**12", "() * 10**12", "b'' * 10**12", "bytearray() * 10**12", "'ab' * 0", "(1,) * 0", "'' * 10**30", "[] * -5"]:
    try:
        x = eval(e); print(e, repr(x), x is eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
