# decorating methods
def logged(method):
    def wrapper(self, *args):
        print("calling", method.__name__, "on", type(self).__name__, args)
        return method(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @logged
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance

acct = Account(100)
print(acct.deposit(50))
print(acct.withdraw(30))
try:
    acct.withdraw(1000)
except ValueError as e:
    print("error:", e)

def validate_positive(method):
    def wrapper(self, value):
        if value <= 0:
            return "rejected " + str(value)
        return method(self, value)
    return wrapper

class Box:
    @validate_positive
    def set_size(self, value):
        self.size = value
        return "size " + str(value)

b = Box()
print(b.set_size(5), b.set_size(-1), b.size)
