class Shape:
    name = 'shape'

    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must define area')

    def describe(self):
        return f'{self.name} with area {round(self.area(), 2)}'


class Rect(Shape):
    name = 'rectangle'

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f'Rect({self.w}, {self.h})'


class Square(Rect):
    name = 'square'

    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f'Square({self.w})'


class Circle(Shape):
    name = 'circle'

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def __repr__(self):
        return f'Circle({self.r})'


shapes = [Rect(2, 3), Square(4), Circle(1.5)]
for s in shapes:
    print(repr(s), '->', s.describe())
print(sorted(shapes, key=lambda s: s.area()))
print(isinstance(shapes[1], Rect), isinstance(shapes[2], Rect))
print(round(sum(s.area() for s in shapes), 3))
try:
    Shape().describe()
except NotImplementedError as e:
    print('error:', e)
