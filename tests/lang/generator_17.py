# generator attributes and types
import types

def gen():
    """A documented generator."""
    yield 1

g = gen()
print(gen.__name__, gen.__doc__)
print(g.__name__, g.__qualname__)
print(isinstance(g, types.GeneratorType))
print(type(g).__name__)
print(iter(g) is g)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(g.gi_code.co_name)

class K:
    def method(self):
        yield self

print(K().method().__qualname__)

def outer():
    def inner_gen():
        yield 1
    return inner_gen()

print(outer().__qualname__)
g.__name__ = "renamed"
print(g.__name__)
print(g.gi_yieldfrom)
def d():
    yield from gen()
dd = d()
next(dd)
print(dd.gi_yieldfrom.__name__)
