def one():
    'single quotes'

def two():
    r"""raw \n docstring"""

def three():
    """Line one.
        Indented line.
    Back."""

def four():
    return 0
four.__doc__ = "assigned later"

class Empty:
    pass

class Inherit(dict):
    pass

print(one.__doc__)
print(two.__doc__)
print(three.__doc__)
print(four.__doc__)
print(Empty.__doc__)
print(Inherit.__doc__ == dict.__doc__, Inherit.__doc__)
lam = lambda: None
print(lam.__doc__)
print(__doc__)
