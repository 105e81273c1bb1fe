# exec of statements, defining functions and classes into a namespace
ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['a'], ns['b'])
code = '''
def greet(name):
    return 'hi ' + name
class Box:
    def __init__(self, v):
        self.v = v
result = greet('there')
'''
exec(code, ns)
print(ns['result'], ns['greet']('bob'), ns['Box'](5).v)
print(sorted(k for k in ns if not k.startswith('__')))
print(exec('1 + 1'))
g = {'base': 10}
l = {}
exec('total = base * 2', g, l)
print(l, 'total' in g)
exec('z = 123')
print(z)
def run():
    local_ns = {}
    exec('w = 1', globals(), local_ns)
    return local_ns
print(run())
lines = ['for i in range(3):', '    out.append(i * i)']
out = []
exec('\n'.join(lines), {'out': out})
print(out)
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
