# suppressing exceptions via __exit__ return value
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None

with Suppress(KeyError):
    {}["missing"]
print("continued 1")

with Suppress(ValueError, TypeError):
    int("x")
print("continued 2")

try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)

class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a):
        return 1

with Truthy():
    raise RuntimeError("gone")
print("truthy return suppresses")

def g():
    with Suppress(ZeroDivisionError):
        x = 1 / 0
        return "not reached"
    return "after with"
print(g())
