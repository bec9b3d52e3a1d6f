# Recursive functions: factorial, fib, hanoi, permutations, flatten, binary search.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fact(i) for i in range(10)], fact(20))
print([fib(i) for i in range(15)])
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
print(len(moves), " ".join(moves))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

print(permutations([1, 2, 3]))

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

def bsearch(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return bsearch(arr, target, mid + 1, hi)
    return bsearch(arr, target, lo, mid - 1)

arr = list(range(0, 100, 7))
print([bsearch(arr, t, 0, len(arr) - 1) for t in [0, 49, 98, 50]])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
