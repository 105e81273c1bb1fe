# Sorting keys of one simple kind (ints, floats, strs, tuples of ints) takes a fast path;
# results, stability and reverse must be exactly those of the general comparison.
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
xs = [rnd() % 2001 - 1000 for _ in range(3000)]
print(sorted(xs)[:8], sorted(xs)[-3:], sorted(xs, reverse=True)[:5])
print(sorted(xs, key=lambda v: v % 7)[:12])
print(sorted(xs, key=lambda v: (v % 5, -v))[:8])
print(sorted(xs, key=lambda v: (v % 3, v % 2), reverse=True)[:10])
print(sorted([(1, 2, 3), (1, 2), (1,), (), (0, 9), (1, 2, 3, 4, 5, 6)]))
big = [(2**62, 1), (-2**63, 0), (2**62, 0), (0, -1)]
print(sorted(big))
fs = [(rnd() / 2147483648) * 100 - 50 for _ in range(1000)] + [-0.0, 0.0, 1.0]
print([round(x, 4) for x in sorted(fs)[:5]], sorted(fs, reverse=True)[:2])
ws = ["w%d" % (rnd() % 50) for _ in range(400)] + ["é", "a", "Z", "", "ab", "aB"]
print(sorted(ws)[:10], sorted(ws, key=str.lower)[:6], sorted(ws, reverse=True)[:4])
recs = [("n%d" % (i % 13), i % 4, i) for i in range(60)]
print(sorted(recs, key=lambda r: (r[1], r[2]))[:6])
data = [5, 3, 5, 1]
data.sort(key=lambda v: -v)
print(data)
mixed = [3, 1.5, True, 2]
print(sorted(mixed), sorted([(1, 2.5), (1, 2)]))
