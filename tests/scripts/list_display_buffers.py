# List displays reuse small item buffers: sizes, release order and errors stay CPython's.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def boom():
    raise ValueError("inside a display")


for n in range(10):
    xs = [D(str(n)) for _ in range(0)]
    ys = [n] * 0
    zs = [n, n + 1, n + 2][: n % 4]
    print(n, sys.getsizeof([n, n, n]), sys.getsizeof([]), sys.getsizeof([n] * n), len(zs))

a = [D("a1"), D("a2"), D("a3")]
b = [D("b1"), [D("b2"), D("b3")]]
del a
print("after a")
b = None
print("after b")
for i in range(3):
    try:
        c = [D("c%d" % i), boom(), D("never")]
    except ValueError as e:
        print("ValueError", e)
kept = []
for i in range(40):
    t = [i, i + 1]
    kept.append([i, t, i * 2])
    t = None
print(kept[0], kept[-1], sum(len(k) for k in kept), sys.getsizeof(kept[5]))
big = [[j for j in range(k)] for k in range(12)]
print([sys.getsizeof(x) for x in big])
del kept, big
print([sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9][:k]) for k in range(10)])
