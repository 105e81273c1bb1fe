# slice objects: attributes, repr, equality
s = slice(1, 5, 2)
print(s, repr(s), s.start, s.stop, s.step)
t = slice(3)
print(t, t.start, t.stop, t.step)
u = slice(None, None, -1)
print(u, slice(2, None))
print(slice(1, 5, 2) == slice(1, 5, 2), slice(1, 5) == slice(1, 5, None), slice(1, 5) != slice(1, 6))
print(slice(1, 2) == (1, 2), type(s).__name__)
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {s: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(slice('a', 'b'), slice(1.5, [2]))
print(slice(1, 3) < slice(1, 4), slice(0, 9, 3) > slice(0, 9, 2))
