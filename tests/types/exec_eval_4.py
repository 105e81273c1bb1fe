# SyntaxError details from compile/eval/exec
sources = ['1 +', 'x = = 1', 'def f(:', 'print("unclosed)', 'if True\n    pass', 'return 5', '1 = x', 'for in x: pass']
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', e.msg, '|', e.lineno, e.filename)
try:
    exec('x = 1\ny = (\nz = 2', {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval('  \t')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    exec('def g():\nreturn 1')
except IndentationError as e:
    print(type(e).__name__, e.msg)
