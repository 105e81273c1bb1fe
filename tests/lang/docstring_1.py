# docstrings on modules, functions, classes, methods
"""Module docstring: a leading comment line does not prevent it."""

def f():
    """Function docstring."""
    return 1

def g():
    x = 1
    """Not a docstring."""
    return x

def h():
    pass

class C:
    """Class docstring.

    With several lines.
    """
    def m(self):
        "Method docstring in plain quotes."

print(__doc__)
print(f.__doc__)
print(g.__doc__)
print(h.__doc__)
print(repr(C.__doc__))
print(C.m.__doc__)
print(C().m.__doc__)
print(f())
