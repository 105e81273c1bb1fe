# custom exceptions with __str__/__repr__ and in tracebacks-free handling
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)
    def __str__(self):
        return "gave up after %d attempts" % self.attempts

def work(n):
    for i in range(n):
        if i == n - 1:
            raise Retry(n)

try:
    work(3)
except Retry as r:
    print(r, r.attempts)

class Group(Exception):
    def __init__(self, errors):
        super().__init__("%d errors" % len(errors))
        self.errors = errors

errs = []
for v in ["1", "x", "3", "y"]:
    try:
        int(v)
    except ValueError as e:
        errs.append(e)
try:
    raise Group(errs)
except Group as g:
    print(g)
    for e in g.errors:
        print(" -", e)

class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Leaf, Mid, Base):
    try:
        raise cls()
    except Leaf:
        print("Leaf handler")
    except Mid:
        print("Mid handler")
    except Base:
        print("Base handler")
