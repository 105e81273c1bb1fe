# contextmanager advanced: reuse, exceptions, return values from generator
from contextlib import contextmanager

@contextmanager
def once():
    yield "v"

cm = once()
with cm as v:
    print(v)
with once() as v2:
    print("fresh", v2)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise ValueError("transformed " + str(e))

try:
    with transform():
        raise KeyError("k")
except ValueError as e:
    print(e)
