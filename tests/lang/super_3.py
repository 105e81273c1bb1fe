# cooperative **kwargs passing through super()
class Shape:
    def __init__(self, **kw):
        self.extra = kw
        print("Shape got", sorted(kw))

class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        print("Colored", color)
        super().__init__(**kw)

class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        print("Sized", size)
        super().__init__(**kw)

class Widget(Colored, Sized):
    def __init__(self, name, **kw):
        self.name = name
        print("Widget", name)
        super().__init__(**kw)

w = Widget("btn", color="red", size=3, tag="x")
print(w.name, w.color, w.size, w.extra)
w2 = Widget("plain")
print(w2.color, w2.size, w2.extra)
print([c.__name__ for c in Widget.__mro__])
