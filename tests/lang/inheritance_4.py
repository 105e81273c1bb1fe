# abstract-like base classes with NotImplementedError and abc
import abc

class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass
    def go(self):
        return "go " + self.run()

class Impl(Base):
    def run(self):
        return "impl"

print(Impl().go())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Partial(Base):
    pass
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Impl(), Base))
