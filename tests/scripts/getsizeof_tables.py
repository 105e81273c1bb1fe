# Tables of sys.getsizeof for growing containers.
import sys

print('list append:')
l = []
last = sys.getsizeof(l)
print(' len 0 ->', last)
for i in range(70):
    l.append(None)
    size = sys.getsizeof(l)
    if size != last:
        print(' len %d -> %d' % (len(l), size))
        last = size

print('dict insert (str keys):')
d = {}
last = sys.getsizeof(d)
for i in range(100):
    d['key%d' % i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(' len %d -> %d' % (len(d), size))
        last = size

print('set add:')
s = set()
last = sys.getsizeof(s)
for i in range(300):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(' len %d -> %d' % (len(s), size))
        last = size

print('tuples:', [sys.getsizeof(tuple(range(n))) for n in range(8)])
print('ints:', [sys.getsizeof(2 ** (15 * k)) for k in range(10)])
print('strs:', [sys.getsizeof('z' * n) for n in (0, 1, 10, 100, 1000)])
print('list(range):', [sys.getsizeof(list(range(n))) for n in range(0, 20, 3)])
print('comprehension:', [sys.getsizeof([i for i in range(n)]) for n in range(0, 20, 3)])
