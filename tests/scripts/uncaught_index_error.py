import sys
values = [1, 2, 3]
print(sys.getrefcount(values))


def last(v):
    return v[len(v)]


last(values)
