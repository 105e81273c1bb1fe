# Results too big to allocate: MemoryError (or CPython's OverflowError), never an abort.
tests = ["'a'.ljust(10**12)", "'a'.center(10**13)", "'x'.zfill(10**15)", "format('', '>1000000000000')", "'%1000000000000d' % 1", "f'{1:>{10**12}}'", "'a'.expandtabs(10**12)", "'\\t'.expandtabs(10**12)", "b'a'.ljust(10**12)", "bytearray(10**12)", "[0] * 10**12", "'ab'.replace('', 'x' * 10**6) * 10**6", "list(range(10**10))", "(1,) * 10**12", "'{:,}'.format(10**5000)", "[None] * 2**62", "str(2**100000)[:5]", "int('9' * 100000)"]
for t in tests:
    try:
        r = eval(t)
        print(t[:30], 'ok', len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(t[:30], type(e).__name__, str(e)[:60])
