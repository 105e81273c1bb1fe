# throw into yield from chains with exception types and instances
class MyError(Exception):
    pass

def leaf():
    while True:
        try:
            yield "leaf"
        except MyError as e:
            print("leaf handled", e.args)
            yield "leaf-recovered"

def mid():
    yield from leaf()

g = mid()
print(next(g))
print(g.throw(MyError("one")))
print(next(g))
print(g.throw(MyError, MyError("two")))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError out", e)
print(list(g))

def catches_all():
    try:
        yield
    except Exception as e:
        yield type(e).__name__

c = catches_all()
next(c)
print(c.throw(ZeroDivisionError))
