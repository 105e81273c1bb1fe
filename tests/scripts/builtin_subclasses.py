# Subclassing list, dict and Exception.


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]


class Inventory(dict):
    def __missing__(self, key):
        return 0

    def add(self, item, n=1):
        self[item] += n


class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(item, wanted)
        self.item = item
        self.wanted = wanted

    def __str__(self):
        return f"cannot take {self.wanted} x {self.item}"


h = History(3)
for word in "one two three four five".split():
    h.append(word)
print(h, len(h), isinstance(h, list))
inv = Inventory()
inv.add("apple")
inv.add("apple", 4)
inv.add("pear")
print(inv, inv["plum"], sorted(inv))


def take(item, n):
    if inv[item] < n:
        raise OutOfStock(item, n)
    inv[item] -= n


take("apple", 2)
print(inv)
try:
    take("pear", 5)
except OutOfStock as e:
    print("error:", e, e.args)
take("plum", 1)
