# A class with many instances: its holders are grouped on the page (`... ×15`).
class Point:
    def __init__(self, x):
        self.x = x

points = [Point(i * 1000) for i in range(15)]
first = points[0]
del points
print(first.x)
