# deepcopy of an object graph with shared nodes and cycles.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def __repr__(self):
        return 'Node(%s)' % self.name


names = ['a', 'b', 'c', 'd']
nodes = {n: Node(n) for n in names}
for src, dst in [('a', 'b'), ('b', 'c'), ('c', 'a'), ('a', 'd'), ('d', 'd'), ('b', 'd')]:
    nodes[src].edges.append(nodes[dst])

graph = {'nodes': nodes, 'root': nodes['a'], 'meta': (1, 'x', (2, 3))}
clone = copy.deepcopy(graph)

print('root copied:', clone['root'] is not graph['root'])
print('root is clone node a:', clone['root'] is clone['nodes']['a'])
print('meta same object:', clone['meta'] is graph['meta'])
for n in names:
    orig = nodes[n]
    new = clone['nodes'][n]
    print(n, [e.name for e in new.edges], new is not orig,
          all(e is clone['nodes'][e.name] for e in new.edges))
print('self loop kept:', clone['nodes']['d'].edges[0] is clone['nodes']['d'])

shallow = copy.copy(graph)
print('shallow shares nodes dict:', shallow['nodes'] is graph['nodes'])
pair = copy.deepcopy([nodes['a'], nodes['b']])
print('one deepcopy call shares:', pair[0].edges[0] is pair[1], len(pair[1].edges))
print(clone['root'], clone['root'].edges)
