# comparisons in chains, sorting with __lt__ only, hash with __eq__
class Item:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "I%d" % self.k

items = [Item(3), Item(1), Item(2)]
print(sorted(items))
print(min(items), max(items))
print(Item(1) < Item(2) < Item(3))
print(Item(1) < Item(3) < Item(2))
print(Item(5) > Item(2))

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)

d = {Key("a"): 1}
print(d[Key("a")])
print(len({Key(1), Key(1), Key(2)}))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
