# Ends with an uncaught AssertionError carrying a message.


def simulate(steps):
    balance = 20
    history = []
    for amount in steps:
        balance += amount
        history.append(balance)
        assert balance >= 0, f"balance went negative: {balance}"
    return history


print(simulate([5, -10, 3]))
try:
    simulate([-30])
except AssertionError as e:
    print("caught:", e)
print("running the unchecked batch")
print(simulate([10, -15, -12, -8, 4]))
