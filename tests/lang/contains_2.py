# 'in' operator across builtin types and custom __contains__ with __iter__ priority
print(3 in [1, 2, 3], "a" in "cat", "at" in "cat", 2 in {2: "x"}, "x" in {2: "x"})
print(1 in (1,), 5 in range(10), 5 in range(0, 10, 2), 1 in {1, 2}, b"b" in b"abc")

class Both:
    def __contains__(self, x):
        print("__contains__ used")
        return False
    def __iter__(self):
        print("__iter__ used")
        return iter([x for x in range(5)])

print(3 in Both())
print(3 in list(Both()))

class Gen:
    def __iter__(self):
        yield from range(3)
print(2 in Gen(), 3 in Gen())

class NaNish:
    def __eq__(self, o):
        return False
n = NaNish()
print(n in [n], n in [NaNish()])
class Disabled(list):
    __contains__ = None
try:
    1 in Disabled([1])
except TypeError as e:
    print("TypeError:", e)
