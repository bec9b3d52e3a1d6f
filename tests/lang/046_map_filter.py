# map and filter with functions, lambdas and builtins.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 2 == 0, nums)))
print(list(map(str, nums)), "".join(map(str, nums)))
print(list(map(int, "1 22 333".split())))
print(list(map(len, ["a", "bb", "ccc"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(map(str.upper, ["x", "y"])), list(map(abs, [-1, 2, -3])))


def is_vowel(c):
    return c in "aeiou"


print("".join(filter(is_vowel, "programming language")))
print(sum(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
for v in f:
    print("filtered", v)
pipeline = list(map(lambda s: s.strip().title(), filter(lambda s: s.strip(), [" ann ", "", " bob", "  "])))
print(pipeline)
temps_c = [0, 37, 100, -40]
temps_f = list(map(lambda c: c * 9 / 5 + 32, temps_c))
print(temps_f)
print(list(map(round, [1.5, 2.5, 2.675])))
print(sorted(map(lambda w: w[::-1], ["abc", "zyx", "mno"])))
print(max(map(len, "the longest word wins".split())))
print(list(map(float, ["1.5", "2"])), list(map(bool, [0, 1, ""])))
