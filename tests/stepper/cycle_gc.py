# Instances in a cycle, collected by gc.collect().
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

first = Node('first')
second = Node('second')
first.next = second
second.next = first
del first, second
found = gc.collect()
print('collected', found)
