# decorators that modify arguments and return values, closures over state
def clamp(lo, hi):
    def deco(f):
        def w(x):
            return f(max(lo, min(hi, x)))
        return w
    return deco

@clamp(0, 10)
def show(x):
    return "value=%d" % x

print(show(-5), show(5), show(50))

def counter(f):
    count = 0
    def w(*a):
        nonlocal count
        count += 1
        return "%s#%d" % (f(*a), count)
    w.reset = lambda: None
    return w

@counter
def hello():
    return "hello"

print(hello(), hello(), hello())

def default_kwargs(**defaults):
    def deco(f):
        def w(*a, **kw):
            merged = dict(defaults)
            merged.update(kw)
            return f(*a, **merged)
        return w
    return deco

@default_kwargs(sep="-", end="!")
def join(*parts, sep, end):
    return sep.join(parts) + end

print(join("a", "b"), join("a", "b", sep="+"))
