# Looking up a missing key: KeyError shows the key's repr.
stock = {"apples": 3, "pears": 0}


def take(name):
    stock[name] -= 1
    return stock[name]


print(take("apples"))
print(take("plums"))
