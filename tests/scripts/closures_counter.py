def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        current = count
        count += step
        return current

    return counter


def make_accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add


c1 = make_counter()
c2 = make_counter(10, 5)
print([c1() for _ in range(3)])
print([c2() for _ in range(3)])
print(c1())

acc = make_accumulator()
for v in [5, 10, -3]:
    print('running total', acc(v))


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([f(10) for f in make_multipliers()])
