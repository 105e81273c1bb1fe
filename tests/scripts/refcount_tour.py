import sys

payload = [1, 2, 3]
print('fresh', sys.getrefcount(payload))
holder = {'a': payload}
print('in dict', sys.getrefcount(payload))
pair = (payload, payload)
print('in tuple twice', sys.getrefcount(payload))


class Box:
    def __init__(self, item):
        self.item = item


b = Box(payload)
print('as attribute', sys.getrefcount(payload))


def use(x):
    return sys.getrefcount(x)


print('as argument', use(payload))
del holder, pair
print('after del', sys.getrefcount(payload))
b.item = None
print('attribute cleared', sys.getrefcount(payload))
big = int('1000') * 1000
copies = [big] * 3
print('big int', sys.getrefcount(big))
