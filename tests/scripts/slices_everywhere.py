# Slice objects: made by x[a:b], handed to __getitem__, stored and reused.
class Window:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            print("slice", key, "->", (start, stop, step))
            return Window(self.data[key])
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Window({self.data!r})"


w = Window(list(range(10)))
print(w[2:8])
print(w[::-3])
print(w[-2:][0])
every_other = slice(None, None, 2)
print(list(range(7))[every_other], "abcdefg"[every_other], tuple("xyz")[every_other])
text = "2026-11-28"
year, month, day = slice(0, 4), slice(5, 7), slice(8, 10)
print(text[year], text[month], text[day])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
column = slice(1, 2)
print([row[column] for row in grid])
data = bytearray(b"hello world")
data[slice(0, 5)] = b"HELLO"
print(data)
try:
    {}[1:2]
except TypeError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) in {1: slice(1, 2)}.values())
print(slice(2)[0] if False else slice(2).stop)
