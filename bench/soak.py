# Soak: build and drop millions of objects, cycles included. tests/soak.rs replays this
# file line by line at a minipy prompt and checks the heap is back to its size after
# `import gc`; bench/soak.sh compares peak memory with python3.11 on the same file.
import gc
import weakref
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None

class Finalized:
    deaths = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Finalized.deaths += 1

def chain(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        node = Node(i)
        node.prev = cur
        cur.next = node
        cur = node
    return head

def churn(rounds):
    total = 0
    dropped = []
    for r in range(rounds):
        head = chain(50)
        total += head.next.value
        blob = {'k%d' % i: [i, (i, str(i)), {'x': i}] for i in range(20)}
        total += len(blob)
        cyc = [None]
        cyc[0] = cyc
        f = Finalized()
        w = weakref.ref(f, dropped.append)
        del head, blob, cyc, f
        total += len([x * 2 for x in range(30)])
    return total, len(dropped)

result = churn(20000)
print(result[0], result[1] > 0)
del result, churn, chain, Node
print(gc.collect() >= 0)
print(Finalized.deaths)
del Finalized
print(gc.collect() > 0)
