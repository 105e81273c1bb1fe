# generator return values and StopIteration.value
def gen():
    yield 1
    yield 2
    return "done"

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)

def empty():
    return 42
    yield

try:
    next(empty())
except StopIteration as e:
    print("empty value", e.value)

def noret():
    yield 1

g = noret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("none value", e.value, e.args)
