# Classes: __init__, methods, instance state, multiple instances.


class Account:
    """A bank account. Docstrings are ignored at run time."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(("refused", amount))
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True

    def summary(self):
        return f"{self.owner}: {self.balance}"


a = Account("ann", 100)
b = Account("bob")
print(a.summary(), b.summary())
print(a.deposit(50), b.deposit(20))
print(a.withdraw(500), a.withdraw(30), b.withdraw(20))
print(a.summary(), b.summary())
print(a.history)
print(b.history)
a.nickname = "annie"
print(a.nickname, a.owner, a.balance)
method = a.deposit
print(method(1), a.balance)
print(Account.summary(b))


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self


c = Counter()
c.tick().tick().tick()
print(c.n)
accounts = [Account(name, i * 10) for i, name in enumerate(["x", "y", "z"])]
for acc in accounts:
    acc.deposit(5)
print([acc.summary() for acc in accounts])
print(sum(acc.balance for acc in accounts))
print(isinstance(a, Account), isinstance(5, Account), type(a).__name__)
print(a is b, a == a, a != b)
