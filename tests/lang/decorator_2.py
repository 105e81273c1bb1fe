# stacked decorators and application order
def deco(tag):
    def wrap(f):
        print("decorating with", tag)
        def inner(*a):
            return "<" + tag + ">" + f(*a) + "</" + tag + ">"
        return inner
    return wrap

@deco("b")
@deco("i")
@deco("u")
def text(s):
    return s

print(text("hi"))

def first(f):
    print("first applied")
    return f

def second(f):
    print("second applied")
    return f

@first
@second
def g():
    pass

order = []
def record(name):
    order.append("eval " + name)
    def d(f):
        order.append("apply " + name)
        return f
    return d

@record("outer")
@record("inner")
def h():
    pass
print(order)
