# A validating descriptor, __set_name__, and data/non-data precedence.


class Positive:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        setattr(obj, self.name, value)
        return value


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def _total(self):
        return self.qty * self.price

    total = cached(_total)


o = Order(3, 5)
print(o.total)
print(o.total)
o.qty = 10
print(o.total)
print(Order.qty.public, Order.price.private)
try:
    o.price = -1
except ValueError as e:
    print("rejected:", e)
print(o.price)
Order(0, 1)
