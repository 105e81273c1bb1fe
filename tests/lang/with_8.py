# contextlib.ExitStack
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    print("using", names)

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2", "with arg")
    print("body")

def cb(*args, **kwargs):
    print("cb", args, sorted(kwargs.items()))

with ExitStack() as stack:
    stack.callback(cb, 1, 2, k=3)
    stack2 = stack.pop_all()
print("after first stack")
stack2.close()

with ExitStack() as stack:
    stack.enter_context(res("x"))
    stack.push(lambda *exc: print("push exit", exc[0]))
print("done")
