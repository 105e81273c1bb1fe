# Ends with an uncaught exception raised deep inside nested generators: the traceback shows generator frames.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('released', self.name)


def parse_numbers(lines):
    res = Res('parser')
    for lineno, line in enumerate(lines, 1):
        for field in line.split(','):
            yield lineno, int(field)


def running_total(pairs):
    total = 0
    try:
        for lineno, value in pairs:
            total += value
            yield lineno, total
    finally:
        print('running_total finally, total =', total)


def report(lines):
    yield 'header'
    yield from (f'line {n}: total {t}' for n, t in running_total(parse_numbers(lines)))


data = ['1,2,3', '4,5', '6,x,7', '8']
for out in report(data[:2]):
    print(out)
print('--- now with bad data')
for out in report(data):
    print(out)
print('never reached')
