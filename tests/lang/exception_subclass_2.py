# exception subclasses: args, str, repr, attributes, hierarchy matching
class CodeError(Exception):
    def __init__(self, code, msg="error"):
        super().__init__(code, msg)
        self.code = code

e = CodeError(404, "missing")
print(e.args, e.code)
print(str(e))
print(repr(e))
print(str(CodeError(1)))

class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), Quiet().args)
print(str(Quiet("one")), repr(Quiet("one")))

class MyKey(KeyError):
    pass
try:
    {}["x"]
except MyKey:
    print("wrong")
except KeyError as ke:
    print("plain KeyError", ke)
try:
    raise MyKey("k")
except LookupError as le:
    print("caught as LookupError:", le, type(le).__name__)

class MyValue(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
try:
    raise MyValue("a", "b")
except ValueError as v:
    print(v, v.extra)
try:
    raise MyValue
except MyValue as v:
    print("raised class:", repr(v), v.extra)
print(MyValue("z").with_traceback(None).args)
