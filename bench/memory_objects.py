# Memory, object-heavy: 800k instances with three attributes each, all kept alive at once.


class Item:
    def __init__(self, ident, weight, label):
        self.ident = ident
        self.weight = weight
        self.label = label


def main():
    items = [Item(i, i * 3 % 1000, i % 7) for i in range(800000)]
    heavy = 0
    for it in items:
        if it.weight > 900:
            heavy += 1
    print(len(items), heavy, items[-1].ident, items[12345].weight)


main()
