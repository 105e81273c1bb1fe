# Coroutine-style consumers driven with send(), with results via StopIteration / yield from.
import inspect


def running_stats():
    count = total = 0
    lo = hi = None
    try:
        while True:
            x = yield (count, total / count if count else None)
            if x is None:
                break
            count += 1
            total += x
            lo = x if lo is None else min(lo, x)
            hi = x if hi is None else max(hi, x)
    finally:
        print(f'  stats closing after {count} values')
    return {'count': count, 'total': total, 'min': lo, 'max': hi}


s = running_stats()
print(inspect.getgeneratorstate(s))
print('primed:', s.send(None))
for v in [4, 8, 15, 16, 23, 42]:
    print('send', v, '->', s.send(v))
try:
    s.send(None)
except StopIteration as stop:
    print('final:', stop.value)
print(inspect.getgeneratorstate(s))


def grouper():
    groups = {}
    while True:
        name = yield
        if name is None:
            return groups
        stats = yield from running_stats()
        groups[name] = stats


def drive(data):
    g = grouper()
    next(g)
    for name, values in data:
        g.send(name)
        for v in values:
            g.send(v)
        g.send(None)
    try:
        g.send(None)
    except StopIteration as stop:
        return stop.value


result = drive([('boys', [39, 40, 42]), ('girls', [35, 38, 36, 41])])
for k, v in result.items():
    print(k, v)

t = running_stats()
next(t)
t.send(10)
print('closing early')
t.close()
print(inspect.getgeneratorstate(t))
try:
    t.send(1)
except StopIteration:
    print('send after close: StopIteration')

u = running_stats()
next(u)
u.send(1)
try:
    u.throw(ValueError('bad sensor'))
except ValueError as e:
    print('throw propagated:', e)
print('end')
