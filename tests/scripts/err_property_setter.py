class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value


acct = Account(10)
acct.balance = 25
print(acct.balance)
try:
    del acct.balance
except AttributeError as e:
    print("AttributeError:", e)
acct.balance = -5
