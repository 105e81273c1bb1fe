# Source nested past CPython's limits: too many brackets, too deep an expression,
# too many indentation levels; and a deepcopy deeper than the recursion limit.
import copy
for src in ['[' * 300 + ']' * 300, '(' * 199 + '1' + ')' * 199, '-' * 5000 + '1',
            '1' + '+1' * 4000, 'a' + '.b' * 4000, 'not ' * 3500 + 'x', '-' * 100 + '1']:
    try:
        compile(src, '<nest>', 'eval')
        print('compiled', len(src))
    except (SyntaxError, RecursionError) as e:
        print(type(e).__name__, e)
body = ''.join(' ' * i + 'if True:\n' for i in range(101)) + ' ' * 101 + 'pass\n'
try:
    exec(body)
except IndentationError as e:
    print(type(e).__name__, e.msg)
deep = []
for _ in range(5000):
    deep = [deep]
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print(type(e).__name__, e)
shallow = [[1, [2, [3]]]]
print(copy.deepcopy(shallow) == shallow)
