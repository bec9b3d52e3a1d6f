# __len__, __getitem__, __setitem__, __contains__, __call__, __bool__.

class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __contains__(self, card):
        return card in self.cards

deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3])
print("AS" in deck, "KS" in deck, "2H" not in deck)
for card in deck:
    print(card, end=" ")
print()
print(list(deck)[::2], sorted(deck)[:2])

class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")

    def __len__(self):
        return len(self.cells)

    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(bool(g), len(g))
g[0, 1] = "#"
g[(2, 0)] = "@"
print(bool(g), len(g))
for y in range(g.h):
    print("".join(g[x, y] for x in range(g.w)))

class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.k + extra

times3 = Multiplier(3)
print(times3(4), times3(5, extra=1), times3.calls)
print(list(map(times3, [1, 2, 3])), times3.calls)

class Empty:
    def __len__(self):
        return 0

if not Empty():
    print("Empty() is falsy because __len__ is 0")
print(bool(Empty()), len(Empty()))
try:
    deck[100]
except IndexError as e:
    print("IndexError:", e)
