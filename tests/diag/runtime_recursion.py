# Infinite recursion ends with RecursionError, like CPython (repeated lines are folded).
def countdown(n):
    print(n) if n % 500 == 0 else None
    return countdown(n - 1)


countdown(10)
