# exec and eval with their namespaces: the globals dict they fill, a separate locals
# mapping, functions that keep their globals, and the errors they raise.
import sys

config_text = """
name = 'demo'
ports = [8000 + i for i in range(3)]
def describe():
    return name + ':' + ','.join(str(p) for p in ports)
"""
config = {}
exec(config_text, config)
print(sorted(k for k in config if not k.startswith('__')))
print(config['describe']())
config['name'] = 'renamed'
print(config['describe']())

describe = config['describe']
del config
print(describe())

values = {'x': 3, 'y': 4}
print(eval('(x ** 2 + y ** 2) ** 0.5', {}, values))
local_ns = {}
exec('a = 1\nb = a + 1', {}, local_ns)
print(local_ns)


def scoped():
    hidden = 10
    return eval('hidden * 2')


print(scoped())
counter = 0
for step in range(3):
    exec('counter += step')
print(counter)
for bad in ['1 +', 'x = = 2', 'def f(:']:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    eval('undefined + 1')
except NameError as e:
    print(e)
payload = ['shared']
before = sys.getrefcount(payload)
ns = {'payload': payload}
exec('alias = payload', ns)
print(sys.getrefcount(payload) - before)
ns.clear()
print(sys.getrefcount(payload) - before)
exec('raise ValueError("from exec")')
