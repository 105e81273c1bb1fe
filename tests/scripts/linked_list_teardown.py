# A linked list of 1000 nodes with finalizers torn down in one go.
import sys

deaths = []


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

    def __del__(self):
        deaths.append(self.value)


head = None
for i in range(1000):
    head = Node(i, head)

print('head value', head.value)
print('refcount of head', sys.getrefcount(head))
second = head.next
print('refcount of second', sys.getrefcount(second))
del second
n = 0
node = head
while node is not None:
    n += 1
    node = node.next
print('length', n)
print('deaths before', len(deaths))
del head
print('deaths after', len(deaths))
print('first five', deaths[:5])
print('last five', deaths[-5:])
print('in order', deaths == list(range(999, -1, -1)))
