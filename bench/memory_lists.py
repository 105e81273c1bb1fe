# Memory, list-heavy: a few million ints in lists of lists, all kept alive at once.


def main():
    rows = []
    for i in range(4000):
        rows.append([i * 1000 + j for j in range(1000)])
    total = 0
    for row in rows:
        total += row[-1] - row[0]
    print(len(rows), sum(len(r) for r in rows), total, rows[3999][999])


main()
