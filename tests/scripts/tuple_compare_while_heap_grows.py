# Comparing, hashing and searching small tuples whose items run code that makes many
# objects: the heap grows while the tuples' items are being read.
class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        junk = [[i] for i in range(100000)]
        return isinstance(other, Noisy) and self.v == other.v

    def __lt__(self, other):
        junk = [(i, i) for i in range(100000)]
        return self.v < other.v

    def __hash__(self):
        junk = [str(i) for i in range(100000)]
        return self.v


a = (Noisy(1), Noisy(2), 3)
b = (Noisy(1), Noisy(2), 3)
c = (Noisy(1), Noisy(5))
print(a == b, a != b, a < c, c > a)
print(hash(a) == hash(b), Noisy(2) in a, a.index(3), a.count(b[1]))
print(sorted([(Noisy(3), 1), (Noisy(1), 2)])[0][1])
