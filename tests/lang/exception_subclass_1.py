# subclassing Exception
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return "%s is invalid (%s)" % (self.field, self.reason)

for exc in [NotFound("user"), Invalid("age", "negative"), AppError("generic", 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args)

try:
    raise NotFound("file")
except NotFound as e:
    print(e.name, repr(e))

print(issubclass(NotFound, Exception), issubclass(NotFound, AppError))
print(isinstance(Invalid("a", "b"), BaseException))
print(repr(Invalid("x", "y")))
print(NotFound.__mro__[1:3])
try:
    try:
        raise NotFound("inner")
    except AppError as e:
        raise Invalid("outer", "wrapped") from e
except Invalid as e:
    print(e, "<-", e.__cause__)
