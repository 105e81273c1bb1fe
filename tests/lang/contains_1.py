# __contains__ and fallback to __iter__ / __getitem__
class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 5 in e, 5 not in e)

class Iterable:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in Iterable(), 9 in Iterable())

class Indexed:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in Indexed(), 25 in Indexed())

class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())

class No:
    pass
try:
    1 in No()
except TypeError as e:
    print("TypeError:", e)

class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(1, 5)
print([x for x in range(7) if x in r])
