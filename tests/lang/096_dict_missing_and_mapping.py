# dict subclasses with __missing__, and dict.update() from a mapping that only has keys() and [].
class D(dict):
    def __missing__(self, key):
        return key * 2
class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
d = D(x=1)
print(d["x"], d["zz"], "zz" in d)
e = {}
e.update(M())
print(e)
