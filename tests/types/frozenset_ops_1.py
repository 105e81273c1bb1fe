# operators between frozenset and set: result types
f = frozenset([1, 2, 3])
s = {3, 4, 5}
for name, r in [('f|s', f | s), ('s|f', s | f), ('f&s', f & s), ('s&f', s & f),
                ('f-s', f - s), ('s-f', s - f), ('f^s', f ^ s), ('s^f', s ^ f)]:
    print(name, sorted(r), type(r).__name__)
print(type(f | f).__name__, type(f.union(s)).__name__, type(s.union(f)).__name__)
print(type(f.intersection([1])).__name__, type(f.difference(s)).__name__)
print(type(f.symmetric_difference(s)).__name__)
print(f | frozenset(), f & frozenset())
try:
    f | [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f + s
except TypeError as e:
    print(type(e).__name__, e)
g = f
g |= {9}
print(sorted(g), sorted(f), g is f, type(g).__name__)
s2 = {1}
s3 = s2
s3 |= f
print(sorted(s2), s3 is s2, type(s3).__name__)
