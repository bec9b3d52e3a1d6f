# Benchmark: naive recursive Fibonacci (function calls, comparisons, additions).
# Uses only the Interleave subset (no imports). Prints the results as a checksum.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 33
print("fib(%d) = %d" % (N, fib(N)))
print("checksum:", fib(N - 6) + fib(N - 7))
