# str() and repr() of an int make a new string each time, even for one digit (CPython's
# long_to_decimal_string); a bool's are the interned 'True' and 'False'.
import sys

a = 5
b = -7
print(str(a) is str(a), repr(a) is repr(a), str(b) is str(b), repr(b) is repr(b))
s = str(a)
t = str(a)
print(s == t, s is t, sys.getrefcount(s), sys.getrefcount(t))
u = str(a)
del s
print(t is u, t == u, len(t))
print(str(12345) is str(12345), str(True) is str(True), repr(False) is repr(False))
print(str(True) is repr(True), str(a > 3), repr(a < 3))
