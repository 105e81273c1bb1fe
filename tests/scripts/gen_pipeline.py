# A log-processing pipeline built from chained generators.
LOG = """\
2024-01-01 INFO start server
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout
# comment line
2024-01-02 INFO request /home 12ms
2024-01-03 ERROR db timeout
2024-01-03 INFO request /about 30ms

2024-01-04 WARN disk 93%
"""


def read_lines(text):
    for line in text.splitlines():
        print('  [read]', repr(line[:16]))
        yield line


def strip_noise(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith('#'):
            yield line


def parse(lines):
    for line in lines:
        date, level, *rest = line.split()
        yield {'date': date, 'level': level, 'msg': ' '.join(rest)}


def only(level, records):
    return (r for r in records if r['level'] == level)


pipeline = only('ERROR', parse(strip_noise(read_lines(LOG))))
print('pipeline built, nothing read yet')
first = next(pipeline)
print('first error:', first)
rest = list(pipeline)
print('remaining errors:', rest)

counts = {}
for rec in parse(strip_noise(LOG.splitlines())):
    counts[rec['level']] = counts.get(rec['level'], 0) + 1
print(sorted(counts.items()))

by_date = {}
for rec in parse(strip_noise(LOG.splitlines())):
    by_date.setdefault(rec['date'], []).append(rec['level'])
for date, levels in by_date.items():
    print(date, '->', ','.join(levels))


def window(iterable, n):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


levels = (r['level'] for r in parse(strip_noise(LOG.splitlines())))
print([w for w in window(levels, 3) if 'ERROR' in w and 'WARN' in w])
print(sum(1 for _ in window(range(10), 4)))
