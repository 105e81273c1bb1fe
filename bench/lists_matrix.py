# Lists at module level: lists of lists, nested indexing, row slicing, insertion sort on a list.
n = 170
a = [[(i * j + 3) % 17 for j in range(n)] for i in range(n)]
b = [[(i + 2 * j) % 13 for j in range(n)] for i in range(n)]
c = [[0] * n for _ in range(n)]
for i in range(n):
    ai = a[i]
    ci = c[i]
    for k in range(n):
        aik = ai[k]
        bk = b[k]
        for j in range(n):
            ci[j] += aik * bk[j]
trace = 0
for i in range(n):
    trace += c[i][i]
row_sums = [sum(row) for row in c]
top = sorted(row_sums)[-3:]
first_half = [row[: n // 2] for row in c]
half_total = sum(sum(r) for r in first_half)

items = [(i * 7919) % 1009 for i in range(2000)]
for i in range(1, len(items)):
    key = items[i]
    j = i - 1
    while j >= 0 and items[j] > key:
        items[j + 1] = items[j]
        j -= 1
    items[j + 1] = key
print(trace, top, half_total)
print(items[:8], items[-8:], items == sorted(items))
