# Number theory helpers: sieve, factorisation, perfect numbers, digit manipulation.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in [12, 97, 360, 1001, 65536, 999999]:
    f = factorize(n)
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
    print(f"{n} = {text}")
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)


def digits(n):
    return [int(c) for c in str(n)]


armstrong = [n for n in range(100, 1000) if sum(d ** 3 for d in digits(n)) == n]
print("armstrong:", armstrong)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(48, 18), gcd(17, 5), 48 * 18 // gcd(48, 18))
twin = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(twin)
print(sum(primes), max(q - p for p, q in zip(primes, primes[1:])))
