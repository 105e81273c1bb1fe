# contextmanager used as decorator (ContextDecorator)
from contextlib import contextmanager, ContextDecorator

@contextmanager
def announce(name):
    print("start", name)
    yield
    print("stop", name)

@announce("job")
def job(x):
    print("working on", x)
    return x * 2

print(job(3))
print(job(4))

class logged(ContextDecorator):
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("[" + self.tag)
        return self
    def __exit__(self, *exc):
        print(self.tag + "]")
        return False

@logged("f")
def f():
    print("in f")

f()
with logged("block"):
    print("in block")
