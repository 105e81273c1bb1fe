# Mixins and cooperative multiple inheritance: a small plugin system.
import sys


class Registry:
    plugins = []

    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Registry.plugins.append(cls)


class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in sorted(self.fields().items())]
        return "{" + ", ".join(parts) + "}"


class ReprMixin:
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.fields().items()))
        return f"{type(self).__name__}({inner})"


class Base:
    def __init__(self, **kw):
        self._fields = {}
        for k, v in kw.items():
            self._fields[k] = v
        super().__init__()

    def fields(self):
        return self._fields


class User(JsonMixin, ReprMixin, Base, Registry, kind="user"):
    pass


class Admin(User, kind="admin"):
    def fields(self):
        f = dict(super().fields())
        f["admin"] = True
        return f


u = User(name="ann", age=31)
a = Admin(name="bob")
print(u)
print(a)
print(u.to_json())
print(a.to_json())
print([c.__name__ for c in Admin.__mro__])
print([(p.__name__, p.kind) for p in Registry.plugins])
print(isinstance(a, User), issubclass(Admin, JsonMixin), issubclass(User, Admin))
print(User.__subclasses__())
print(sys.getrefcount(u) - sys.getrefcount(a))


class Broken(JsonMixin, User):
    pass
