# eval of expressions with globals and locals dicts
print(eval('1 + 2 * 3'))
print(eval('x * y', {'x': 6, 'y': 7}))
print(eval('a + b', {'a': 1}, {'b': 10}))
print(eval('a', {'a': 'global'}, {'a': 'local'}))
print(eval('[i * i for i in range(n)]', {'n': 4}))
print(eval('len(s)', {'s': 'hello'}))
print(eval('  42  '), eval('"str"'), eval('(1, [2], {3: 4})'))
ns = {'data': [3, 1, 2]}
print(eval('sorted(data)', ns), sorted(k for k in ns if k != '__builtins__'))
print('__builtins__' in ns)
x = 100
print(eval('x + 1'))
def f():
    y = 5
    return eval('y * 2')
print(f())
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval('(1, 2')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(compile('3 ** 2', '<expr>', 'eval')))
