# cooperative super() in diamond inheritance
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return ["Right"] + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.log.append("Bottom")
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom()
print(b.log)
print(b.hello())
print(Left().hello())
print(super(Left, b).hello())
