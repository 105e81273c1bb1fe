# contextlib.closing and nullcontext
from contextlib import closing, nullcontext

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closing", self.name)

r = Resource("db")
with closing(r) as c:
    print(c is r, c.closed)
print(r.closed)

try:
    with closing(Resource("file")):
        raise OSError("io")
except OSError as e:
    print("caught", e)

with nullcontext() as n:
    print("nullcontext value", n)
with nullcontext(5) as n:
    print("nullcontext value", n)

def maybe(cm=None):
    with cm if cm is not None else nullcontext("default") as v:
        return v
print(maybe())
print(maybe(nullcontext("given")))
