# using slice objects to index sequences
data = list(range(10))
text = 'abcdefghij'
tup = tuple(data)
s = slice(2, 8, 2)
print(data[s], text[s], tup[s])
first3 = slice(3)
rev = slice(None, None, -1)
print(data[first3], text[rev], tup[slice(-3, None)])
print(b'bytes!'[slice(1, 4)], bytearray(b'xyz')[slice(None, None, -1)])
print(range(20)[slice(5, 15, 5)], list(range(20)[slice(5, 15, 5)]))
data[slice(0, 2)] = ['a', 'b']
print(data)
del data[slice(None, None, 2)]
print(data)
fields = {'name': slice(0, 5), 'age': slice(5, 8)}
record = 'Alice 30'
print({k: record[v].strip() for k, v in fields.items()})
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[1:2:3])
print(q[slice(4)])
try:
    data[slice(0, 4, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[slice('a', 'b')]
except TypeError as e:
    print(type(e).__name__, e)
