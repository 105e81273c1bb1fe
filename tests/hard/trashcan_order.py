class N:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self):
        if self.i <= 200: print(self.i, end=" ")
x = None
for i in range(120, 0, -1):
    x = N(i, x)
x = None
print()
y = None
for i in range(60, 0, -1):
    y = [i, y]
class D:
    def __init__(self, i): self.i = i
    def __del__(self): print('d', self.i, end=' ')
z = None
for i in range(70, 0, -1):
    z = [D(i), z]
z = None
print()
# A tuple chain and a dict chain with finalizers at every level, and a chain of bound
# methods: each dies 50 links at a time.
t = None
for i in range(80, 0, -1):
    t = (D(i), t)
t = None
print()
d = None
for i in range(60, 0, -1):
    d = {'item': D(i), 'next': d}
d = None
print()
# A long chain of instances without finalizers, then a million-deep nested list.
class M:
    def __init__(self, nxt): self.nxt = nxt
x = None
for i in range(200000):
    x = M(x)
x = []
for i in range(1000000):
    x = [x]
x = None
print('freed')
