# Generator loops and generator-expression pipelines (speed against python3.11).
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
t = 0
for x in gen(2000000):
    t += x
print(t)
print(sum(x * 2 for x in range(1000000)))
def pipeline(n):
    return (y + 1 for y in (x * 2 for x in gen(n)) if y % 3)
print(sum(pipeline(500000)))
