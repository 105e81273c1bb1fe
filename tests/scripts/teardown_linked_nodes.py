# Order of death at interpreter exit: CPython collects the module, its dict included.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __del__(self):
        print('del node', self.v)
head = None
for i in range(5):
    head = Node(i, head)
tail = Node('tail')
print('end')
