# Conway's Game of Life on a small wrapped grid.
WIDTH = 8
HEIGHT = 6


def parse(rows):
    cells = set()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells


def neighbours(x, y):
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                yield (x + dx) % WIDTH, (y + dy) % HEIGHT


def step(cells):
    counts = {}
    for x, y in cells:
        for n in neighbours(x, y):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in cells)}


def show(cells):
    for y in range(HEIGHT):
        print("".join("#" if (x, y) in cells else "." for x in range(WIDTH)))


board = parse([
    ".#......",
    "..#.....",
    "###.....",
    "........",
    ".....##.",
    ".....##.",
])
for gen in range(5):
    print(f"generation {gen}: {len(board)} alive")
    show(board)
    board = step(board)
print("final", sorted(board))
