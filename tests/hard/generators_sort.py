# PEP 479 in generator expressions, exception context, and a sort whose key changes the list.
def g():
    yield from (next(iter([])) for _ in range(1))
try: print(list(g()))
except BaseException as e: print(type(e).__name__, e)
try: print(list(next(iter([])) for _ in range(2)))
except BaseException as e: print(type(e).__name__, e)
try:
    try: 1/0
    finally: raise KeyError('k')
except KeyError as e: print(repr(e.__context__))
try:
    try: 1/0
    except ZeroDivisionError: raise KeyError('k2')
except KeyError as e: print(repr(e.__context__))
L = [3, 1, 2]
try: L.sort(key=lambda x: L.append(x) or x)
except BaseException as e: print(type(e).__name__, e)
print(L)
