# ExitStack exception handling
from contextlib import ExitStack

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with ExitStack() as s:
    s.enter_context(CM("a"))
    s.enter_context(CM("b", suppress=True))
    s.enter_context(CM("c"))
    raise ValueError("x")
print("suppressed by b")

try:
    with ExitStack() as s:
        s.enter_context(CM("outer"))
        s.enter_context(CM("inner"))
        raise KeyError("k")
except KeyError:
    print("KeyError escaped")

def failing_exit(*exc):
    raise RuntimeError("from exit")

try:
    with ExitStack() as s:
        s.push(failing_exit)
        s.enter_context(CM("z"))
except RuntimeError as e:
    print("RuntimeError", e)
