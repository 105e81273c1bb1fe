# generator pipelines
def numbers(n):
    for i in range(1, n + 1):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(squares(numbers(6))))
print(list(evens(squares(numbers(10)))))
print(list(take(3, evens(squares(numbers(100))))))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
pipeline = (x + 1 for x in evens(naturals()))
print([next(pipeline) for _ in range(4)])
print(sum(take(10, naturals())))
print(max(squares(numbers(7))), min(squares(numbers(7))))
print(sorted(squares(x - 3 for x in range(7))))
