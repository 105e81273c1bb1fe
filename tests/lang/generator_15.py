# generator with local state, default args, closures
def make_counter(step):
    def counter(start=0):
        n = start
        while True:
            yield n
            n += step
    return counter

by3 = make_counter(3)
g = by3()
print(next(g), next(g), next(g))
g = by3(100)
print(next(g), next(g))

def gen_with_args(*args, **kwargs):
    for a in args:
        yield a
    for k in sorted(kwargs):
        yield k, kwargs[k]

print(list(gen_with_args(1, 2, x=3, a=4)))

def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n

r = running_avg()
next(r)
for v in [10, 20, 30, 40]:
    print(r.send(v))
