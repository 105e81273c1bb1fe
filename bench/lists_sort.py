# Lists: append, comprehensions, l[i] reads/writes, slices, sort with and without key, reverse.


def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def prefix_sums(values):
    sums = [0] * (len(values) + 1)
    for i in range(len(values)):
        sums[i + 1] = sums[i] + values[i]
    return sums


def window_max(values, width):
    best = 0
    for start in range(0, len(values) - width, width // 2):
        chunk = values[start:start + width]
        m = max(chunk)
        if m > best:
            best = m
    return best


def main():
    data = lcg(42, 300000)
    squares = [v * v % 1000 for v in data]
    ordered = sorted(data)
    by_last_digit = sorted(data, key=lambda v: (v % 10, v))
    copy = data[:]
    copy.sort(reverse=True)
    copy.reverse()
    same = copy == ordered
    sums = prefix_sums(data)
    for i in range(0, len(data), 7):
        data[i] = data[i] // 2
    evens = [v for v in data if v % 2 == 0]
    tail = data[-1000:]
    tail.reverse()
    print(ordered[:5], ordered[-5:])
    print(by_last_digit[:5])
    print(same, sums[-1], len(evens), sum(squares))
    print(window_max(data, 64), tail[:3], data[::50000])


main()
