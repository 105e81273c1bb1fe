class Range2:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError('step must not be zero')
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return Range2Iter(self)

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)


class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r

    def __iter__(self):
        return self

    def __next__(self):
        r = self.r
        if (r.step > 0 and self.cur >= r.stop) or (r.step < 0 and self.cur <= r.stop):
            raise StopIteration
        value = self.cur
        self.cur += r.step
        return value


for args in [(0, 5), (1, 10, 3), (5, 0, -2), (3, 3)]:
    r = Range2(*args)
    print(args, list(r), len(r), list(r) == list(range(*args)))

it = iter(Range2(0, 2))
print(next(it), next(it), next(it, 'done'))
r = Range2(0, 3)
print([(a, b) for a in r for b in r if a < b])
try:
    Range2(0, 1, 0)
except ValueError as e:
    print('error:', e)
