# generators used with builtins
def g(n):
    for i in range(n):
        yield i

print(list(enumerate(g(3))))
print(list(zip(g(3), g(5))))
print(list(map(lambda x: x * 2, g(4))))
print(list(filter(None, g(5))))
print(sorted(g(5), reverse=True))
print(list(reversed(list(g(4)))))
print(dict(zip(g(3), "abc")))
print(sum(g(5)), max(g(5)), min(g(5)))
print(len(list(g(7))))
print(3 in g(5), 9 in g(5))
a, b, c = g(3)
print(a, b, c)
first, *rest = g(5)
print(first, rest)
print(*g(4))
print(", ".join(map(str, g(6))))
print(list(g(3)) == [0, 1, 2])
