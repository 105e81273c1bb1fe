class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(child.total() for child in self.children)


ok = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print('total', ok.total())
bad = Tree(1, [Tree(2, [Tree('three')])])
print('total', bad.total())
