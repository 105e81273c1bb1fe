# __index__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

lst = ["a", "b", "c", "d", "e"]
print(lst[Idx(1)], lst[Idx(-1)])
print(lst[Idx(1):Idx(3)])
print("xyz"[Idx(2)])
print((10, 20, 30)[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print(list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
import operator
print(operator.index(Idx(9)))
print("ab" * Idx(2))

class NotIdx:
    pass
try:
    lst[NotIdx()]
except TypeError as e:
    print("TypeError:", e)

class BadIdx:
    def __index__(self):
        return "str"
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
print(lst[True])
