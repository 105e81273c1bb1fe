# __enter__/__exit__ lookup on type, exit ordering, nested withs
class Outer:
    def __enter__(self):
        print("outer enter")
        return self
    def __exit__(self, *a):
        print("outer exit")

class Inner:
    def __enter__(self):
        print("inner enter")
        return self
    def __exit__(self, *a):
        print("inner exit")

with Outer():
    with Inner():
        print("body")

class NotCM:
    pass

try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

obj = Outer()
obj.__enter__ = lambda: print("instance enter (ignored)")
with obj:
    print("type lookup used")
