# In a condition, `and`, `or` and `not` test each operand's truth once, and release it
# before the next operand is evaluated (CPython compiles them to jumps).
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __del__(self):
        print("del", self.v)

if B(False) and B(True):
    print("and: yes")
if B(True) and B(False):
    print("and: yes 2")
if B(False) or B(True):
    print("or: yes")
if not B(False):
    print("not: yes")
if not (B(True) and B(True)) or not B(False):
    print("nested: yes")
n = 0
while B(n < 2) and not B(False):
    n += 1
print("while ran", n)
x = B(False) and 5
print("value:", type(x).__name__)
del x
y = B(True) or 5
print("value:", type(y).__name__)
del y
print([i for i in range(2) if B(i == 1) or B(False)])
assert B(True) and B(True)
print(1 if B(False) or B(True) else 2)
z = not B(True)
print(z)
