# Objects: class with __init__ and methods, attribute reads and updates, dict counting.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            self.history += 1
            return True
        return False

    def is_rich(self):
        return self.balance > 5000


def simulate(n_accounts, n_ops):
    accounts = [Account("user" + str(i), i * 10) for i in range(n_accounts)]
    failed = 0
    seed = 7
    for _ in range(n_ops):
        seed = (seed * 214013 + 2531011) % 4294967296
        acct = accounts[seed % n_accounts]
        amount = (seed >> 8) % 500
        if seed & 1:
            acct.deposit(amount)
        elif not acct.withdraw(amount):
            failed += 1
    counts = {}
    for acct in accounts:
        bucket = acct.balance // 1000
        counts[bucket] = counts.get(bucket, 0) + 1
    rich = sum(1 for a in accounts if a.is_rich())
    busiest = max(accounts, key=lambda a: a.history)
    return failed, rich, sorted(counts.items())[:6], busiest.owner, busiest.history


print(simulate(5000, 1500000))
