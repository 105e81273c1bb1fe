m = [1, 2, 3]
n = m
n.append(4)
print(m, m is n, m == n)
o = m[:]
print(o == m, o is m)
o[0] = 100
print(m, o)
grid = [[0] * 2] * 2
grid[0][0] = 7
print(grid)
