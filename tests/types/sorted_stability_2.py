# sort errors: a key that raises leaves the list intact
items = [3, 1, 'x', 2]
try:
    items.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(len(items), sorted(items, key=str))
def bad_key(v):
    if v == 2:
        raise ValueError('bad value %r' % v)
    return -v
nums = [5, 3, 2, 4, 1]
try:
    nums.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(nums)
try:
    sorted(nums, key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(nums)
try:
    sorted([1, None, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], key=bad_key), sorted([7], key=bad_key))
