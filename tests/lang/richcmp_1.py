# rich comparisons
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.amount == other.amount
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Money):
            return self.amount < other.amount
        return NotImplemented
    def __le__(self, other):
        return self < other or self == other
    def __repr__(self):
        return "Money(%d)" % self.amount
    __hash__ = None

a, b = Money(5), Money(10)
print(a == Money(5), a != b, a < b, a <= b)
print(b > a, b >= a)
print(a == 5, a != 5)
print(sorted([Money(3), Money(1), Money(2)]))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Money(1) in [Money(0), Money(1)])
print(max([Money(4), Money(9), Money(2)]))
