class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'


acct = Account('alice', 100)
acct.deposit(50)
acct.withdraw(30)
print(acct)
for amount in (500, -5):
    try:
        if amount > 0:
            acct.withdraw(amount)
        else:
            acct.deposit(amount)
    except InsufficientFunds as e:
        print('refused:', e, e.needed - e.available)
    except ValueError as e:
        print('invalid:', e)
print(acct.history)
print(acct.balance)
