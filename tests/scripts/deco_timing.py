import functools
import sys


def timed(label):
    print("decorator factory", label)

    def deco(f):
        print("decorating", f.__name__, "with", label)

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            print(">>", label, f.__name__, args)
            result = f(*args, **kwargs)
            print("<<", label, result)
            return result

        return wrapper

    return deco


@timed("outer")
@timed("inner")
def mul(a, b=2):
    """Multiply."""
    return a * b


print(mul(3))
print(mul(3, b=5))
print(mul.__name__, mul.__doc__, mul.__wrapped__.__name__)
print(mul.__wrapped__.__wrapped__(4, 4))
print(sys.getrefcount(mul.__wrapped__))


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def count(cls):
        return cls.__name__, cls.instances

    @staticmethod
    def describe():
        return "counts instances"


class Sub(Counter):
    pass


Counter()
Sub()
print(Counter.count(), Sub.count(), Sub().count(), Counter.describe())
