# contextlib.suppress
from contextlib import suppress

with suppress(KeyError):
    d = {}
    print("before")
    d["x"]
    print("not printed")
print("after 1")

with suppress(ValueError, IndexError):
    [1][5]
print("after 2")

with suppress():
    print("empty suppress")

try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError", e)

with suppress(LookupError):
    {}["subclass"]
print("base class suppresses subclass")

for i in range(4):
    with suppress(ZeroDivisionError):
        print(10 // (i - 2))
