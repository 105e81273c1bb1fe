# basic yield
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
print(list(count(0)))
g = count(3)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
print(next(g, "default"))
for x in count(4):
    print("x", x)
print(sum(count(101)))
print(tuple(count(3)), set(count(3)) == {0, 1, 2})
