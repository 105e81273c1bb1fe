# locals() inside functions and globals() reads/writes
counter = 10
def show(a, b=2):
    c = a + b
    return locals()
print(show(1))
print(show(5, b=7))
def nested():
    x = 'outer'
    def inner():
        y = 'inner'
        return sorted(locals())
    return inner(), sorted(locals())
print(nested())
def read_global():
    return globals()['counter']
print(read_global())
def write_global():
    globals()['counter'] = 99
    globals()['brand_new'] = 'created'
write_global()
print(counter, brand_new)
print(globals() is globals(), 'show' in globals(), globals()['__name__'])
print(type(locals()).__name__, locals() is globals())
def loop_locals():
    for i in range(2):
        last = i
    return sorted(locals().items())
print(loop_locals())
def varargs(*args, **kwargs):
    return locals()
print(varargs(1, 2, k=3))
