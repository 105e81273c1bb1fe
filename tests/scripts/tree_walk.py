# Generator-based tree traversal with yield from, plus refcounts of nodes held by suspended walkers.
import sys


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f'Node({self.value!r})'


def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value


def with_depth(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from with_depth(child, depth + 1)


def leaves(node):
    if not node.children:
        yield node
        return 1
    count = 0
    for child in node.children:
        count += yield from leaves(child)
    return count


def find_path(node, target):
    if node.value == target:
        return [node.value]
    for child in node.children:
        path = yield from find_path(child, target)
        if path:
            return [node.value] + path
    yield node.value
    return None


tree = Node('root',
            Node('a', Node('a1'), Node('a2', Node('a2x'))),
            Node('b'),
            Node('c', Node('c1')))

print('pre :', list(preorder(tree)))
print('post:', list(postorder(tree)))
for depth, value in with_depth(tree):
    print('  ' * depth + value)

gen = leaves(tree)
found = []
try:
    while True:
        found.append(next(gen))
except StopIteration as stop:
    print('leaves:', found, 'count returned:', stop.value)

visited = []
walker = find_path(tree, 'c1')
try:
    while True:
        visited.append(next(walker))
except StopIteration as stop:
    print('path to c1:', stop.value, 'dead ends:', visited)

a2 = tree.children[0].children[1]
print('refcount a2 before walk:', sys.getrefcount(a2))
w = preorder(tree)
for _ in range(4):
    v = next(w)
print('suspended at', v, 'refcount a2:', sys.getrefcount(a2))
print('depth of active chain:', end=' ')
g = w
depth = 0
while g is not None:
    depth += 1
    g = g.gi_yieldfrom
print(depth)
del g
w.close()
print('after close refcount a2:', sys.getrefcount(a2))
print('first two of big tree:', list(zip(range(2), preorder(tree))))
