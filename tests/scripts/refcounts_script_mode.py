# Refcounts in script mode: module code keeps its constants alive.
import sys

big = 123456789
print('module constant big int', sys.getrefcount(big))
text = 'hello world!'
print('module constant str', sys.getrefcount(text))
computed = 10 ** 20
print('constant-folded big int', sys.getrefcount(computed))
runtime = int('1' * 20)
print('runtime-built big int', sys.getrefcount(runtime))
lst = [1, 2, 3]
print('list', sys.getrefcount(lst))


def f(x):
    return sys.getrefcount(x)


print('passed to function', f(lst))
alias = lst
print('with alias', sys.getrefcount(lst))
del alias


class Box:
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


b = Box(lst)
print('held by instance', sys.getrefcount(lst))
m = b.get
print('box with bound method', sys.getrefcount(b))
del m
for item in [lst, lst]:
    pass
print('after loop var still set', sys.getrefcount(lst))
del item
print('after del loop var', sys.getrefcount(lst))
g = (len(x) for x in [lst])
print('genexp holding list', sys.getrefcount(lst))
del g
print('genexp gone', sys.getrefcount(lst))
