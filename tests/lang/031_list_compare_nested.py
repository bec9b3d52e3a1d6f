# List equality/ordering, nested lists, list * int aliasing.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] == [3, 2, 1], [] == [])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [0] < [], [[1]] < [[2]])
print(["a", "b"] < ["a", "c"], [1, 2.0] == [1.0, 2])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
diag = [matrix[i][i] for i in range(3)]
anti = [matrix[i][2 - i] for i in range(3)]
print(diag, anti, sum(diag) + sum(anti))
flat = [x for row in matrix for x in row]
print(flat)


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            total = 0
            for t in range(k):
                total += a[i][t] * b[t][j]
            row.append(total)
        out.append(row)
    return out


print(matmul(matrix, transposed))
print(matmul([[1, 0], [0, 1]], [[5, 6], [7, 8]]))
tree = ["root", [["left", []], ["right", [["leaf", []]]]]]


def walk(node, depth):
    name, children = node
    print("  " * depth + name)
    for child in children:
        walk(child, depth + 1)


walk(tree, 0)
print(len(tree), len(tree[1]), tree[1][1][1][0][0])
board = [["."] * 4 for _ in range(3)]
board[1][2] = "X"
board[2][0] = "O"
for row in board:
    print("".join(row))
print(board.count(["."] * 4), ["."] * 4 in board)
