# eval/exec used as a tiny calculator and config loader
def calc(expr, **names):
    return eval(expr, {'__builtins__': {}}, names)
print(calc('a * b + c', a=2, b=3, c=4))
print(calc('(x - y) / 2', x=10, y=4))
try:
    calc('len([1])')
except NameError as e:
    print(type(e).__name__, e)
config_text = '''
name = "demo"
debug = True
ports = [8000 + i for i in range(3)]
'''
config = {}
exec(config_text, config)
print({k: config[k] for k in ('name', 'debug', 'ports')})
exprs = ['1 + 1', '"ab" * 2', '[1, 2][-1]', 'max(3, 9)', 'not True']
for e in exprs:
    print(repr(e), '->', repr(eval(e)))
template = 'lambda x: x {op} 2'
ops = {op: eval(template.format(op=op)) for op in ['+', '-', '*']}
print([ops[op](10) for op in ['+', '-', '*']])
scope = {'counter': 0}
for _ in range(3):
    exec('counter += 1', scope)
print(scope['counter'])
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
