# basic custom context manager
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False

with CM("a") as v:
    print("inside", v)

with CM("b"):
    print("no as")

x = CM("c")
with x as y:
    print(y)
print("after")

class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", args)

with ReturnsSelf() as r:
    print(type(r).__name__)
