# Objects: inheritance, overridden method calls, super().__init__, a dict of instances.


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())

    def move(self):
        self.moves += 1


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    def move(self):
        Shape.move(self)
        self.w += 1
        self.h += 1


class Tri(Shape):
    def __init__(self, name, b, h):
        Shape.__init__(self, name)
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def build(n):
    registry = {}
    for i in range(n):
        kind = i % 3
        name = "s" + str(i)
        if kind == 0:
            registry[name] = Rect(name, i % 7 + 1, i % 5 + 1)
        elif kind == 1:
            registry[name] = Square(name, i % 9 + 1)
        else:
            registry[name] = Tri(name, i % 11 + 1, i % 4 + 2)
    return registry


def main():
    registry = build(60000)
    total = 0
    for rnd in range(30):
        for name in registry:
            shape = registry[name]
            total += shape.area()
            if (len(name) + rnd) % 2 == 0:
                shape.move()
    by_type = {}
    for shape in registry.values():
        key = type(shape).__name__
        by_type[key] = by_type.get(key, 0) + shape.area()
    print(total, sorted(by_type.items()))
    print(registry["s1"].describe(), registry["s59999"].describe(), registry["s4"].moves)
    print(isinstance(registry["s1"], Rect), isinstance(registry["s2"], Rect))


main()
