# min, max, sum, abs, divmod with keys, defaults and errors
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min('hello'))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([4], default=0))
print(max([(1, 'b'), (1, 'a')]), max([1, 3, 3.0], key=lambda x: x))
print(max({'x': 2, 'y': 1}, key={'x': 2, 'y': 1}.get), min(range(5, 0, -1)))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(-2.5), abs(True), abs(-0.0), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
