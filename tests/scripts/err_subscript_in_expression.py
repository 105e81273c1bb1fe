def outer():
    def inner():
        return undefined_thing
    return inner()
x = [1, 2, 3]
y = x[1] + x[2] * x[10]
