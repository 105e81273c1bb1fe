# Reference counts before and after copy.copy / copy.deepcopy.
import copy
import sys

leaf = ['leaf']
row = [leaf, leaf, leaf]
print('leaf', sys.getrefcount(leaf))
shallow = copy.copy(row)
print('after copy', sys.getrefcount(leaf))
deep = copy.deepcopy(row)
print('after deepcopy', sys.getrefcount(leaf), sys.getrefcount(deep[0]))
print('deep shares', deep[0] is deep[1] is deep[2])


class Holder:
    def __init__(self, items):
        self.items = items


h = Holder(row)
print('row', sys.getrefcount(row))
h2 = copy.copy(h)
print('row after copying holder', sys.getrefcount(row))
h3 = copy.deepcopy(h)
print('row after deepcopying holder', sys.getrefcount(row))
print('h3 items new', h3.items is not row, h3.items[0] is h3.items[1])
t = tuple([leaf, 1])
t2 = copy.copy(t)
print('tuple copy same', t2 is t, sys.getrefcount(t))
t3 = copy.deepcopy(t)
print('tuple deepcopy new', t3 is not t, sys.getrefcount(t))
del shallow, h2
print('leaf at end', sys.getrefcount(leaf))
