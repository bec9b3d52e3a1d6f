# Ends with an uncaught KeyError from a method of a class.


class Registry:
    def __init__(self):
        self.items = {}

    def add(self, key, value):
        self.items[key] = value
        print("added", key)

    def get(self, key):
        return self.items[key]

    def total(self, keys):
        return sum(self.get(k) for k in keys)


reg = Registry()
for i, name in enumerate(["cpu", "disk", "net"]):
    reg.add(name, (i + 1) * 10)
print(reg.total(["cpu", "net"]))
print(reg.get("disk"))
try:
    reg.get("gpu")
except KeyError as e:
    print("missing", e)
print("summing with an unknown key")
print(reg.total(["cpu", "memory", "disk"]))
print("not reached")
