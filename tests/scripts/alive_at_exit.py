class Node:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


first = Node(1)
_private = Node(2)
group = [Node(3), Node(4)]
last = Node(5)
last.child = Node(6)
print('end')
