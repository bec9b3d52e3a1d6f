# Ends with an uncaught custom exception chained with "raise ... from".


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer of {amount} failed") from e
    dst.balance += amount


a = Account(100)
b = Account(5)
transfer(a, b, 30)
print(a.balance, b.balance)
try:
    transfer(b, a, 500)
except BankError as e:
    print("handled:", e, "| cause:", e.__cause__)
print(a.balance, b.balance)
a.withdraw(60)
print(a.balance)
a.withdraw(25)
