import gc


class Node:
    alive = 0

    def __init__(self, name):
        self.name = name
        self.peer = None
        Node.alive += 1

    def __del__(self):
        Node.alive -= 1
        print('freeing', self.name)


gc.collect()
a = Node('a')
b = Node('b')
print('alive', Node.alive)
del a
print('after del a', Node.alive)
del b
print('after del b', Node.alive)
x = Node('x')
y = Node('y')
x.peer = y
y.peer = x
del x, y
print('cycle still alive', Node.alive)
found = gc.collect()
print('collected', found, 'alive', Node.alive)
