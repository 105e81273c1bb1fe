# dir() of classes and instances, filtered to public names
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
def public(names):
    return [n for n in names if not n.startswith('_')]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print('__init__' in dir(Child), '__class__' in dir(Child()))
print(dir(Child) == sorted(dir(Child)))
import math
print([n for n in public(dir(math)) if n.startswith('s')])
print(public(dir([]))[:5], public(dir({})))
print(public(dir('')) [:6])
print(public(dir(1)))
def inner():
    a = 1
    b = 2
    return dir()
print(inner())
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
