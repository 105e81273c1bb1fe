# multiple inheritance: mixins
class JsonMixin:
    def to_json(self):
        items = ", ".join('"%s": %r' % (k, v) for k, v in sorted(vars(self).items()))
        return "{" + items + "}"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))

class User(JsonMixin, EqMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

u = User("ann", 31)
print(u.to_json())
print(u)
print(u == User("ann", 31), u == User("bob", 31))
print(isinstance(u, JsonMixin), isinstance(u, EqMixin))
print(issubclass(User, ReprMixin), issubclass(ReprMixin, User))
print([c.__name__ for c in User.__bases__])
print(User.__hash__)
