# __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registering", cls.__name__)
        Plugin.registry.append(cls.__name__)

class A(Plugin):
    pass

class B(Plugin):
    pass

class C(B):
    pass

print(Plugin.registry)

class Tagged:
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag

class X(Tagged, tag="x-tag"):
    pass

class Y(Tagged):
    pass

print(X.tag, Y.tag)
print(hasattr(Tagged, "tag"))

try:
    class Z(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
