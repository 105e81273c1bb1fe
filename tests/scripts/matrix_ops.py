def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def show(m):
    for row in m:
        print(' '.join(f'{v:>4}' for v in row))
    print()


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(transpose(a))
show(multiply(a, b))
identity = make(3, 3)
for i in range(3):
    identity[i][i] = 1
show(identity)
print(multiply(b, [[1, 0], [0, 1]]) == b)
print([sum(col) for col in transpose(a)])
print(sum(a[i][i] for i in range(2)))
