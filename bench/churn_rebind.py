# Refcount churn at module level: rebinding names to fresh lists and tuples, dropping them in loops.
keep = []
acc = 0
node = None
for i in range(1000000):
    row = [i, i + 1, i + 2]
    view = row
    row = (view[0], view[2])
    node = (i, node) if i % 1000 else None
    tmp = [row, view, row]
    acc += tmp[0][1] + len(tmp) - tmp[1][0]
    if i % 10000 == 0:
        keep.append(tmp)
    x, y = row
    y, x = x, y
    acc += x - y
print(acc, len(keep), keep[-1][0], node[0])
