# __getattribute__ intercepting all access
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"

l = Logged()
print(l.a)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "from getattr: " + name

b = Both()
print(b.special)
print(b.other)

class Raising:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
    def __getattr__(self, name):
        return "fallback " + name
print(Raising().x)

class Upper:
    def __init__(self):
        self.word = "hello"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
print(Upper().word)
