def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


data = list(range(0, 100, 3))
print(len(data), data[:5], data[-3:])
for target in [0, 27, 99, 50, -1]:
    idx, steps = binary_search(data, target)
    print(f'target={target:>3} index={idx:>3} steps={steps}')


def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


print([lower_bound([1, 2, 2, 2, 5], t) for t in range(7)])
