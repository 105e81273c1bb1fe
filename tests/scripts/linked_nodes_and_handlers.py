import sys
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for i in range(5):
    head = Node(i, head)
def walk(n):
    out = []
    while n:
        out.append(n.val)
        n = n.next
    return out
print(walk(head), sys.getrefcount(head))
lookup = {n: n * n for n in range(5)}
print(lookup, lookup.get(7, 'none'))
x = 1
try:
    try:
        x = 1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('caught')
def gen_err():
    try:
        raise KeyError('k')
    except KeyError:
        raise IndexError('i')
gen_err()
