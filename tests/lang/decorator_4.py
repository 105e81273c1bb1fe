# class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2))
print([Point(0, "a")])

registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register("circle")
class Circle:
    pass

@register("square")
class Square:
    pass

print(sorted(registry))
print(registry["circle"].__name__, Circle.registered_as)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v

print(Config(1).v, Config(2).v, Config(3) is Config(4))
