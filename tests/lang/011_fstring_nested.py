# f-strings: quotes, expressions, conversions and brace escapes.
user = {"name": "Ann", "langs": ["py", "c"]}
items = ["a", "b", "c"]
print(f"name: {user['name']}")
print(f'first lang: {user["langs"][0]}')
print(f"{'inner literal'}")
print(f"count: {len(items)} last: {items[-1]}")
print(f"{items!r} vs {items!s}")
word = "it's"
print(f"{word!r} {word!s} {word}")
print(f"{'quoted'!r:>12}|")
print(f"{{literal braces}} {{{len(items)}}}")
print(f"sum={1 + 2 + 3} prod={2 * 3 * 4}")
x = 7
print(f"{x} is {'odd' if x % 2 else 'even'}")
print(f"x*2={x * 2}")
print(f"upper: {'shout'.upper()} joined: {'-'.join(items)}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda v: v + 1)(41)}")
point = (3, 4)
print(f"point {point} x={point[0]} y={point[1]}")
print(f"{3.0} {None} {True} {[1.5, 'x']}")
nested_spec = 6
print(f"[{f'{x:>{nested_spec}}'}]")
print(f"line1\nline2\t{x}")
print(rf"raw \n {x}", fr"raw \t {x}")
print(f"""triple {x}
quoted {"yes"}""")
print(f"{'a' 'b'}")
print(f"{x!r:>4}{x!s:<4}|")


class Pet:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Pet({self.name!r})"

    def __str__(self):
        return f"a pet named {self.name}"


p = Pet("Rex")
print(f"{p}")
print(f"{p!r}")
print(f"{p!s:>22}|")
print(f"{[p, p]}")
print("{} and {!r}".format(p, p))
