# __getattr__ proxies, __setattr__ guards, __call__ and comparisons with NotImplemented.


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Settings:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        print("set", name, "=", value)
        self._values[name] = value

    def __delattr__(self, name):
        del self._values[name]

    def __contains__(self, name):
        return name in self._values

    def __call__(self, name, default=None):
        return self._values.get(name, default)

    def __bool__(self):
        return bool(self._values)


vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2")]
print(sorted(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.2") == "1.2", Version("2.0") > Version("1.9"))
s = Settings(debug=True)
s.level = 3
print(s.debug, s.level, "level" in s, s("missing", "dflt"), bool(s))
del s.level
print("level" in s, bool(Settings()))
try:
    s.level
except AttributeError as e:
    print("AttributeError:", e)
print(Version("1.0") < 3)
