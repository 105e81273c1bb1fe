# Refcount churn: aliases, rebinding, tuple swaps (a, b = b, a), short-lived tuples and lists.


def swaps(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b = b, a
        b, c = c, b
        a, b, c = c, a, b
    return a, b, c


def short_lived(n):
    total = 0
    for i in range(n):
        pair = (i, i + 1)
        trio = [i, pair, i * 2]
        alias = trio
        other = alias
        total += other[1][1] - pair[0] + len(alias)
        trio = None
        alias = pair
    return total


def fib_pairs(n):
    a, b = 0, 1
    best = (a, b)
    for _ in range(n):
        a, b = b, (a + b) % 1000003
        best = (a, b) if a > best[0] else best
    return best


def main():
    print(swaps(2500000))
    print(short_lived(2500000))
    print(fib_pairs(2500000))


main()
