# slice.indices(n)
print(slice(1, 5, 2).indices(10))
print(slice(None).indices(4))
print(slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10))
print(slice(0, 100).indices(7))
print(slice(-100, 100, 3).indices(7))
print(slice(10, 0, -2).indices(5))
print(slice(5, 1).indices(10))
for n in [0, 1, 3]:
    print(n, slice(1, -1).indices(n))
s = slice(1, None, 2)
print(range(*s.indices(9)), list(range(*s.indices(9))))
print(list(range(10))[s] == list(range(*s.indices(10))))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice('a').indices(3)
except TypeError as e:
    print(type(e).__name__, e)
