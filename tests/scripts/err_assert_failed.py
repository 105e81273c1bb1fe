def mean(values):
    assert len(values) > 0, 'mean() of empty list'
    return sum(values) / len(values)


def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f'{a} > {b}'
    return True


print(mean([1, 2, 3, 4]))
print(check_sorted([1, 2, 2, 5]))
try:
    mean([])
except AssertionError as e:
    print('caught:', e)
check_sorted([1, 3, 2])
