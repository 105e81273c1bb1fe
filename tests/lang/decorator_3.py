# decorators with arguments
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def ping():
    return "ping"

print(ping())

def prefix(p, sep=": "):
    def decorator(func):
        def wrapper(msg):
            return p + sep + func(msg)
        return wrapper
    return decorator

@prefix("INFO")
def log(msg):
    return msg

@prefix("WARN", sep=" - ")
def warn(msg):
    return msg.upper()

print(log("started"))
print(warn("careful"))

def optional_args(func=None, *, flag=False):
    if func is None:
        return lambda f: optional_args(f, flag=flag)
    def wrapper():
        return (func(), flag)
    return wrapper

@optional_args
def a():
    return "a"

@optional_args(flag=True)
def b():
    return "b"

print(a(), b())
