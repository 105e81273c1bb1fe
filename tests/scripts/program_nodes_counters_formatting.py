import sys, gc
class Node:
    count = 0
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
        Node.count += 1
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __del__(self):
        Node.count -= 1
        print('freeing', self.name)
root = Node('root')
a = root.add(Node('a'))
b = a.add(Node('b'))
print(Node.count, sys.getrefcount(a))
del a, b
print('collect:', gc.collect() >= 0)
root = None
print('after root=None', Node.count)
found = gc.collect()
print('found', found, 'count', Node.count)
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(5), c1(10))
def fib_gen(limit):
    return (x for x in range(limit) if x % 2)
g = fib_gen(10)
print(next(g), list(g), list(g))
try:
    raise ValueError('outer')
except ValueError as e:
    try:
        raise TypeError('inner') from e
    except TypeError as t:
        print(type(t.__cause__).__name__, t.__cause__, t.__context__ is e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True))
print('%-6s|%6.2f|%03d' % ('ab', 3.14159, 7))
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|")
print(f"{1234567.891:,.2f} {0.000123:.2e} {255:#x} {-5:+d}")
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e20))
print(divmod(-7, 2), -7 // 2, -7 % 2, 2 ** 0.5)
print(int('-0x1f', 16), int('0o17', 0), float('1_000.5'))
d = dict.fromkeys('abc', 0)
d.update(b=2, c=3)
print(d, list(d.keys())[::-1], sum(d.values()))
s = {3, 1, 2}
s.discard(5)
print(s, s | {9}, s & {1, 9}, {x * x for x in s})
t = tuple(range(5))
print(t[1:4], t[::-1], t.index(3), t.count(9), len(t), 3 in t)
print(all(x < 5 for x in t), any(x > 5 for x in t))
print(list(map(str, t)), list(filter(lambda v: v % 2 == 0, t)))
print(isinstance(True, int), type(True) is bool, True + True)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0))
print(chr(9731), ord('é'), 'café'.upper(), len('café'))
