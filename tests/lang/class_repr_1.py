# __repr__, __str__, __format__
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)

p = P(1, "a")
print(p)
print(repr(p))
print([p, p])
print(str([p]))
print(f"{p}")
print(f"{p!r}")
print(f"{p:polar}")
print(f"[{p:>12}]")
print("%s and %r" % (p, p))
print("{} {!r}".format(p, p))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr())
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
