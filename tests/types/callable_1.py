# callable()
class WithCall:
    def __call__(self, x):
        return x * 2
class Plain:
    def method(self):
        pass
print(callable(len), callable(print), callable(lambda: 0), callable(WithCall))
print(callable(WithCall()), callable(Plain()), callable(Plain().method), callable(Plain.method))
print(callable(1), callable('str'), callable(None), callable([]), callable(int), callable(str.upper))
def gen():
    yield 1
print(callable(gen), callable(gen()), callable(type), callable(object()))
w = WithCall()
print(w(21))
p = Plain()
p.attr_fn = len
print(callable(p.attr_fn), p.attr_fn('abc'))
items = [len, 3, 'x', str, max]
print([callable(i) for i in items])
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
