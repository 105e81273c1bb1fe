# Dicts past the small-dict size: the index probes by hash, keys compared by identity then
# by ==, deletions and re-insertions keep insertion order, colliding hashes all found.
d = {}
for i in range(5000):
    d[str(i)] = i
print(len(d), d["4999"], d["0"], "5000" in d)
for i in range(0, 5000, 3):
    del d[str(i)]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 60, 3):
    d[str(i)] = -i
print(list(d.items())[-4:], d.get("3"), d.get("4"))
# Equal keys that are not identical: built at run time.
keys = ["".join(["k", str(i)]) for i in range(100)]
e = {k: len(k) for k in keys}
print(sum(e["k" + str(i)] for i in range(100)))
# Hashes that collide: -1 and -2 hash alike, and so do 1, 1.0 and True.
c = {}
for i in range(-50, 50):
    c[i] = i
c[1.0] = "float one"
c[True] = "true"
print(len(c), c[1], c[-1], c[-2], hash(-1) == hash(-2))
class K:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.n == other.n
ks = [K(i) for i in range(40)]
kd = {k: k.n for k in ks}
K.calls = 0
print(kd[ks[39]], K.calls)
print(kd[K(20)], K.calls > 0)
print(K(99) in kd)
while len(d) > 3:
    d.popitem()
print(d)
big = dict.fromkeys(range(20000))
print(len(big), 19999 in big, 20000 in big)
for i in range(0, 20000, 2):
    del big[i]
print(len(big), next(iter(big)), 10001 in big)
