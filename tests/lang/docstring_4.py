# docstrings of properties, staticmethods, classmethods, generators, and f-strings
class K:
    @property
    def p(self):
        """Property doc."""
        return 1
    @staticmethod
    def s():
        """Static doc."""
    @classmethod
    def c(cls):
        """Class doc."""
    def gen(self):
        """Generator doc."""
        yield 1
    def fstr(self):
        f"""not a docstring {1}"""

print(K.p.__doc__)
print(K.s.__doc__)
print(K.c.__doc__)
print(K.gen.__doc__)
print(K.fstr.__doc__)
print(K.__dict__["s"].__doc__)

def concatenated():
    "part one " "part two"
print(concatenated.__doc__)

def bytes_doc():
    b"bytes are not docstrings"
print(bytes_doc.__doc__)
