# decorator expressions (PEP 614) and lambdas as decorators
decorators = [lambda f: (lambda: "first:" + f()), lambda f: (lambda: "second:" + f())]

@decorators[0]
def one():
    return "one"

@decorators[1]
def two():
    return "two"

print(one(), two())

class NS:
    @staticmethod
    def upper(f):
        return lambda *a: f(*a).upper()

@NS.upper
def name(x):
    return "name " + x

print(name("bob"))

@(lambda f: f)
def plain():
    return "plain"

print(plain())

flag = True
@(NS.upper if flag else (lambda f: f))
def cond():
    return "conditional"
print(cond())

def make():
    return {"d": lambda f: lambda: [f()]}

@make()["d"]
def wrapped():
    return 7
print(wrapped())
