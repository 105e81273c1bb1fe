import sys
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to.__defaults__ if hasattr(append_to, '__defaults__') else '')
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def gen_over(items):
    return (r.n for r in items)
g = gen_over([Res(1), Res(2)])
print(next(g))
del g
print('after del g')
rs = [Res(3), Res(4)]
it = iter(rs)
next(it)
rs = None
print('rs cleared')
del it
print('it deleted')
class Base:
    kind = 'base'
    def __init__(self):
        self.tag = 'b'
    def describe(self):
        return f'{self.kind}:{self.tag}'
class Child(Base):
    kind = 'child'
    def __init__(self):
        self.extra = True
c = Child()
print(hasattr(c, 'tag'), c.kind, Base.kind)
try:
    c.describe()
except AttributeError as e:
    print('AttributeError:', e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key('A'): 1}
d[Key('a')] = 2
print(len(d), d[Key('A')], Key('x') in d)
def risky(vals):
    out = []
    try:
        out = [10 // v for v in vals]
    except ZeroDivisionError as e:
        print('caught in risky:', e)
        raise
    finally:
        print('finally in risky, out =', out)
    return out
print(risky([1, 2, 5]))
try:
    risky([1, 0])
except ZeroDivisionError:
    print('outer caught')
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data))
memo = {}
def ways(n, memo=memo):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2)
    return memo[n]
print(ways(80), len(memo))
text = "  Hello, World!  "
print(text.strip().lower().replace(',', '').split(), text.count('l'), text.find('World'))
print('-'.join(reversed('abc')), ''.join(sorted('hello')), 'x'.center(5, '.'))
print(sys.getrefcount(memo))
