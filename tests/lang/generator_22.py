# generators in comprehensions and chaining
import itertools

def gen(prefix, n):
    for i in range(n):
        yield prefix + str(i)

print(list(itertools.chain(gen("a", 2), gen("b", 3))))
print([s.upper() for s in gen("x", 3)])
print({s: len(s) for s in gen("key", 2)})
print(list(itertools.chain.from_iterable(gen(c, 2) for c in "pq")))

def windows(seq, size):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == size:
            yield tuple(win)
            win.pop(0)

print(list(windows(range(6), 3)))

def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x

print(list(unique([3, 1, 3, 2, 1, 4])))
print(list(itertools.accumulate(gen("", 0))))
print(list(zip(*[gen("r", 3), gen("s", 3)])))
