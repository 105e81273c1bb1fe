import sys


def show(x):
    print('inside', sys.getrefcount(x))


def pass_along(x):
    show(x)
    return x


data = [1, 2]
show(data)
show([3, 4])
r = pass_along(data)
print(r is data, sys.getrefcount(data))
