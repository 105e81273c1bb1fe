# __index__ used by slicing, int(), and list methods; __int__ vs __index__
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

data = list(range(10))
print(data[N(2):N(8):N(3)])
print(data[slice(N(1), N(4))])
data[N(0)] = "zero"
print(data[:2])
del data[N(0)]
print(data[:2])
print(data.pop(N(1)), data.index(5, N(0)))
print(int(N(42)))
print(int.__index__(5), (7).__index__())
print(divmod(17, 5), format(N(10).__index__(), "b"), hex(N(10)))
print(bytes(N(3)), bytearray(N(2)))
print(round(3.14159, N(2)))

class IntOnly:
    def __int__(self):
        return 8
print(int(IntOnly()))
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(IntOnly())
except TypeError as e:
    print("TypeError:", e)
