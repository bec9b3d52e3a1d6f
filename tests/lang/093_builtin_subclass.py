# Subclassing builtin types (list, dict, Exception) and calling their methods.


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, s.is_empty())
print(isinstance(s, list), isinstance(s, Stack), sum(s), s + [9])
s.extend([7, 8])
print(sorted(s, reverse=True), s[1:], 7 in s)


class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
        return self

    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))


c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(c, len(c), c["a"], c.most(), "z" in c)
print(sorted(c.keys()), list(c.values()))


class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code

    def __str__(self):
        return f"HTTP {self.args[0]}: {self.args[1]}"


try:
    raise HttpError(404, "Not Found")
except Exception as e:
    print(e, repr(e), e.code, e.args)


class Path(str):
    def parts(self):
        return [p for p in self.split("/") if p]


p = Path("/usr/lib/python3")
print(p, p.parts(), p.upper(), len(p), p.startswith("/usr"))
