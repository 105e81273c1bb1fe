# simple function decorators
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("world"))
print(greet.__name__)

def trace(func):
    def wrapper(*args):
        print("call", func.__name__, args)
        result = func(*args)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(3)

def identity(f):
    return f

@identity
def same():
    return "same"
print(same(), same.__name__)
