# __iter__ / __next__, StopIteration, iter() and next() on user objects.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "done"))
try:
    next(cd)
except StopIteration:
    print("StopIteration caught")


class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        i = self.lo
        while i < self.hi:
            yield i
            i += 2


r = Range2(1, 10)
print(list(r), list(r), sum(r), max(r))
print([x * x for x in Range2(0, 7)])


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(list(f))
print(list(zip(f, "abcdef")))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, None))
it2 = iter("xy")
print(next(it2), list(it2), list(it2))
print(list(enumerate(Countdown(3))), dict(zip(Countdown(3), "abc")))
print(sorted(Countdown(4)), 2 in Countdown(4), 7 in Countdown(4))
