# functools.wraps preserves metadata
import functools

def plain(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

def wrapped(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@plain
def one():
    """Docstring of one."""
    return 1

@wrapped
def two():
    """Docstring of two."""
    return 2

print(one.__name__, one.__doc__)
print(two.__name__, two.__doc__)
print(two.__wrapped__.__name__, two.__wrapped__())
print(two.__qualname__, two.__module__)

def attrs(f):
    f.custom = "yes"
    return f

@wrapped
@attrs
def three():
    return 3
print(three.custom, three())

class C:
    @wrapped
    def method(self):
        """method doc"""
        return "m"
print(C.method.__qualname__, C().method())
