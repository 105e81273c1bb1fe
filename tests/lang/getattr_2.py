# getattr/setattr/hasattr/delattr builtins with dynamic names
class Config:
    pass

cfg = Config()
for key, val in [("host", "localhost"), ("port", 8080), ("debug", False)]:
    setattr(cfg, key, val)
print(sorted(vars(cfg).items()))
print(getattr(cfg, "port"), getattr(cfg, "missing", None))
print(hasattr(cfg, "debug"), hasattr(cfg, "nope"))
delattr(cfg, "debug")
print(hasattr(cfg, "debug"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(cfg, 5)
except TypeError as e:
    print("TypeError:", e)
method = getattr("abc", "upper")
print(method())
print(getattr(Config, "__name__"))

class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value
l = Lazy()
print(l.hello, l.hello, l.hi)
print(sorted(l.__dict__))
