class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
    def get(self, k):
        if k not in self.data:
            return None
        v = self.data.pop(k)
        self.data[k] = v
        return v
    def put(self, k, v):
        if k in self.data:
            self.data.pop(k)
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(2)
c.put('a', 1); c.put('b', 2); c.get('a'); c.put('c', 3)
print(c, c.get('b'), c.get('a'))
def pretty(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            print(f"{pad}- [{i}] {v!r}")
pretty({'name': 'x', 'tags': ['a', 'b'], 'meta': {'n': 1, 'f': 2.5, 'none': None}})
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
m = Matrix([[1, 2], [3, 4]])
print(m + m, m * m, m == Matrix([[1, 2], [3, 4]]))
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
def greet(name):
    return 'hi ' + name
on('hello')(greet)
on('hello')(lambda n: n.upper())
print([h('bob') for h in handlers['hello']])
state = 'start'
transitions = {('start', 'go'): 'moving', ('moving', 'stop'): 'start'}
for ev in ['go', 'stop', 'go', 'jump']:
    try:
        state = transitions[(state, ev)]
        print(ev, '->', state)
    except KeyError as e:
        print('bad transition', e)
scores = {'amy': [90, 80], 'bob': [70], 'cat': []}
for name, s in sorted(scores.items()):
    avg = sum(s) / len(s) if s else float('nan')
    print(f"{name:>5}: {avg:6.2f} {'*' * (len(s))}")
print(max(scores, key=lambda k: len(scores[k])), min(scores.values(), key=len))
words = "the cat sat on the mat the end".split()
from copy import deepcopy
groups = {}
for w in words:
    groups.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
snapshot = deepcopy(groups)
groups[3].add('zzz')
print(len(snapshot[3]), len(groups[3]))
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
