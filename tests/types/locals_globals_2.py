# globals() as a registry and the global statement
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 'a'
@register
def beta():
    return 'b'
print(sorted(registry), [registry[k]() for k in sorted(registry)])
for name in ['alpha', 'beta']:
    print(name, globals()[name]())
total = 0
def add(n):
    global total
    total += n
    return total
add(3); add(4)
print(total, globals()['total'])
for i in range(3):
    globals()['var_%d' % i] = i * i
print(var_0, var_1, var_2)
print(sorted(k for k in globals() if k.startswith('var_')))
g = globals()
g['late'] = 'bound'
def use_late():
    return late
print(use_late())
del g['late']
try:
    use_late()
except NameError as e:
    print(type(e).__name__, e)
print(globals().get('missing', 'default'))
