"""Module docstring for docstring_3."""
import inspect

class Base:
    """Base docstring."""
    def method(self):
        """Base.method docstring."""

class Child(Base):
    def method(self):
        pass

print(__doc__)
print(Child.__doc__)
print(Child.method.__doc__)
print(inspect.getdoc(Child.method))
print(inspect.getdoc(Child))

def indented():
    """Summary line.

        Details indented more.
    Final line.
    """
print(repr(indented.__doc__))
print(inspect.getdoc(indented))
print(inspect.cleandoc("   first\n      second\n   third"))
