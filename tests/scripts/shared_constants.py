# In a script, one compiled module holds every constant: equal literals are one object.
import sys
a = 257
b = 257
print(a is b)
x = 1000
print(sys.getrefcount(x))


def f():
    y = 1000
    return y


print(f() is x)
print(sys.getrefcount(x))
s = 'hello world'
t = 'hello world'
print(s is t)
