# list slicing assignment and deletion
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[::3] = [None] * len(a[::3])
print(a)
del a[::2]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[-2:] = []
print(a)
del a[:]
print(a)
b = [1, 2, 3, 4]
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
b[1:3] = 'xy'
print(b)
b[:] = range(3)
print(b)
c = [[0] * 2 for _ in range(2)]
c[0][0] = 1
print(c)
print(b[::-1], b[5:], b[-100:1])
