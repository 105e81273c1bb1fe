# A program of more than 1,000 steps for the stepper's benchmark (bench/stepper.sh):
# calls, a growing linked list, a dict of counts, and a cycle for the collector.
import gc


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def push(head, value):
    node = Node(value, head)
    return node


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


head = None
for i in range(120):
    head = push(head, i * 1000)
words = 'the cat and the hat and the bat'.split()
for _ in range(20):
    counts = count_words(words)
ring = [head]
ring.append(ring)
del ring
print(gc.collect(), len(counts), head.value)
