# Notes, section 13: an argument is held by the callee's frame while it runs.
def foo(x):
    y = x
    return len(y)

data = [1, 2, 3]
n = foo(data)
total = foo([4, 5])
print(n, total)
