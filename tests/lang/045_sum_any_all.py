# sum (with start), any, all, isinstance with tuples.
print(sum([1, 2, 3]), sum([]), sum([1, 2, 3], 10), sum(range(5), -10))
print(sum([0.5, 0.25]), sum([1, 2.5]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(4)), sum([True, True]))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("ab"), all(""))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 5]))
evaluated = []


def check(n):
    evaluated.append(n)
    return n > 2


print(any(check(n) for n in [1, 3, 5, 7]), evaluated)
evaluated = []
print(all(check(n) for n in [3, 1, 5, 7]), evaluated)
values = [1, 2.5, "three", [4], (5,), None, True, {"k": 6}]
for v in values:
    kinds = []
    if isinstance(v, (int, float)):
        kinds.append("number")
    if isinstance(v, bool):
        kinds.append("bool")
    if isinstance(v, str):
        kinds.append("str")
    if isinstance(v, (list, tuple)):
        kinds.append("sequence")
    if isinstance(v, dict):
        kinds.append("dict")
    print(repr(v), kinds)
numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
print(numbers, sum(numbers))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), sum(matrix, []))
words = ["Apple", "banana", "Cherry"]
print(all(w[0].isupper() for w in words), any(w[0].isupper() for w in words))
print(all(isinstance(w, str) for w in words))
total = 0
for row in matrix:
    total += sum(row[1:])
print(total)
print(sum([0.1] * 3), sum([1e100, 1.0, -1e100]))
print(isinstance(3, (str, (list, int))), isinstance([], ()))
