# StopIteration handling with iterators and next default
it = iter([1, 2])
print(next(it), next(it), next(it, None))

class Seq:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Seq(4)))

def wrap(it):
    yield from it

print(list(wrap(Seq(3))))
s = Seq(2)
for x in s:
    print("item", x)
for x in s:
    print("never", x)

try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)

e = StopIteration()
print(e.value, e.args)
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(GeneratorExit, BaseException))
