# generator methods on classes
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

    def __iter__(self):
        return self.walk()

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t.walk()))
print(list(t.leaves()))
print([v * 10 for v in t])

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(4)
print(list(c))
print(list(c))
print(list(zip(c, Countdown(2))))

class Reg:
    @staticmethod
    def evens(n):
        yield from range(0, n, 2)

    @classmethod
    def names(cls):
        yield cls.__name__
        yield cls.__name__.lower()

print(list(Reg.evens(7)), list(Reg.names()))
