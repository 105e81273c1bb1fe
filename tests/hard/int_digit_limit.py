import sys
x = 10**5000
try: print(len(str(x)))
except ValueError as e: print(e)
try: print(len(repr(x)))
except ValueError as e: print(e)
try: print(len(f"{x}"))
except ValueError as e: print(e)
try: print(len("%d" % x))
except ValueError as e: print(e)
try: print(int("1"*5000) > 0)
except ValueError as e: print(e)
print(len(hex(x)))
print(int("f"*5000, 16) > 0)
print(len(str(10**4299)))
try: print(len(str(10**4300)))
except ValueError as e: print(e)


print(sys.get_int_max_str_digits())
for v in (100, -1, 641, 0, 10**10, 'x'):
    try: sys.set_int_max_str_digits(v); print(sys.get_int_max_str_digits())
    except (ValueError, OverflowError, TypeError) as e: print(type(e).__name__, e)
print(len(str(10**9000)))
sys.set_int_max_str_digits(5000)
try: print(-10**5000)
except ValueError as e: print(e)
print(-10**4999 < 0, len(str(-10**4999)))
