class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


def run(n):
    pts = [Point(i % 97, i % 89) for i in range(n)]
    origin = Point(0, 0)
    total = 0
    for p in pts:
        total += p.dist2(origin)
    counts = {}
    for p in pts:
        key = p.x % 10
        counts[key] = counts.get(key, 0) + 1
    words = [str(i) for i in range(n // 10)]
    text = ','.join(words)
    evens = sum(1 for w in words if int(w) % 2 == 0)
    return total, len(counts), len(text), evens


print(run(200000))
