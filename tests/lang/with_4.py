# multiple context managers in one with statement
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed " + self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with (CM("p") as p,
      CM("q") as q,
      CM("r")):
    print("parenthesized", p, q)

try:
    with CM("x"), CM("y", fail=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("m"), CM("n"):
        raise KeyError("k")
except KeyError:
    print("KeyError passed through both")
