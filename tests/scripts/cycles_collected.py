import gc
gc.collect()


class Link:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print('finalize', self.name)


a = Link('a')
b = Link('b')
a.next = b
b.next = a
del a, b
print('cycle unreachable')
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
