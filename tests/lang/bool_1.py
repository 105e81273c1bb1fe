# __bool__ and __len__ truthiness
class Empty:
    pass
print(bool(Empty()))

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v

print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print("no")
else:
    print("falsy branch")
print(not Flag(True))
print(Flag(True) and "and-result")
print(Flag(False) or "or-result")

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)))

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))

class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
print([x for x in [Sized(0), Sized(1), Flag(True)] if x].__len__())
