# generators and try/finally, exceptions inside generators
def gen():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("cleanup")

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("got", e)
print(list(g))

def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "div0"

print(list(safe_div([(4, 2), (1, 0), (9, 3)])))

def raises_stop():
    yield 1
    raise StopIteration("bad")

try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
