# iter(callable, sentinel)
values = [3, 2, 1, 0, 5]
def next_value():
    return values.pop(0)
print(list(iter(next_value, 0)), values)
count = 0
def tick():
    global count
    count += 1
    return count
it = iter(tick, 4)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
print(count)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
class Reader:
    def __init__(self, data, size):
        self.data, self.size, self.pos = data, size, 0
    def read(self):
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk
r = Reader(b'abcdefgh', 3)
print([c for c in iter(r.read, b'')])
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter(lambda: 1, 1)
print(list(it2), type(it2).__name__)
