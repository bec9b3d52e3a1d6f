# List literals, construction and basic access.
empty = []
nums = [1, 2, 3, 4, 5]
mixed = [1, "two", 3.0, None, True, [6, 7]]
trailing = [
    "alpha",
    "beta",
]
print(empty, nums, mixed, trailing)
print(len(empty), len(nums), len(mixed))
print(nums[0], nums[-1], nums[-2], mixed[5][1])
print(list(range(5)), list("abc"), list((1, 2)))
print(list(), list([]), list({"k": 1, "j": 2}))
print(nums + [6, 7], [0] * 4, [1, 2] * 0, 2 * ["x"])
print(3 in nums, 9 in nums, 9 not in nums)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = nums
alias[0] = 100
print(nums, alias is nums)
copy = nums[:]
copy[0] = 1
print(nums, copy, copy is nums)
print(repr(["it's", 'q"uote', "plain"]))
print([[]], [[], []], [[1], [2, [3, [4]]]])
squares = []
for i in range(6):
    squares.append(i * i)
print(squares)
print(squares.index(16), squares.count(4))
words = "the quick brown fox".split()
print(words, len(words))
first, second, *rest = words
print(first, second, rest)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    print(row, sum(row))
print([x * 2 for x in nums])
nested = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = nested
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print("depth", depth, "innermost", cur)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
print([0.5, -0.0, 1e-9, float("inf")])
