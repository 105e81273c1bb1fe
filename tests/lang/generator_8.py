# generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, 2, -1]))
print("-".join(str(i) for i in range(4)))
data = {"a": 1, "b": 2, "c": 3}
print(sorted(k for k, v in data.items() if v > 1))
nested = ((i, (j for j in range(i))) for i in range(3))
for i, inner in nested:
    print(i, list(inner))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
print(dict((i, i * i) for i in range(4)))
