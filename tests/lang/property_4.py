# property vs instance dict precedence (data descriptor)
class P:
    @property
    def attr(self):
        return "from property"

p = P()
p.__dict__["attr"] = "from dict"
print(p.attr)
print(p.__dict__)

class Q:
    attr = "class attr"

q = Q()
q.__dict__["attr"] = "instance attr"
print(q.attr)

class Counter:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        self._n += 1
        return self._n

c = Counter()
print(c.n, c.n, c.n)
print(getattr(c, "n"))

class AttrErr:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback for " + name

print(AttrErr().broken)
