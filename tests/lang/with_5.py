# contextlib.contextmanager
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name
    print("</%s>" % name)

with tag("div") as t:
    print("content", t)

with tag("a"), tag("b"):
    print("nested")

@contextmanager
def handled():
    try:
        yield
    except ValueError as e:
        print("handled in generator:", e)

with handled():
    raise ValueError("oops")
print("after handled")

@contextmanager
def cleanup():
    print("setup")
    try:
        yield 42
    finally:
        print("cleanup")

try:
    with cleanup() as v:
        print("value", v)
        raise KeyError("x")
except KeyError as e:
    print("propagated", e)
