# str.format with positional, numbered and named fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("tick", "tock"))
print("{name} is {age}".format(name="Bob", age=40))
print("{0} likes {food}".format("Ann", food="pie"))
print("[{:>8}] [{:<8}] [{:^8}]".format("r", "l", "c"))
print("[{:*^11}]".format("mid"))
print("{:.2f} {:.3e} {:,} {:08.3f}".format(3.14159, 12345.678, 1234567, -2.5))
print("{:x} {:o} {:b} {:#X}".format(255, 8, 5, 255))
print("{!r} {!s}".format("text", "text"))
print("{:+d} {:+d}".format(3, -3))
print("{{}} {{{}}}".format("in"))
print("{:d}%".format(50))
print("{:.1%}".format(0.756))
template = "{item:<10}{price:>8.2f}"
for item, price in [("tea", 2.5), ("cake", 3.75), ("sandwich", 6.0)]:
    print(template.format(item=item, price=price))
args = ["x", "y"]
print("{} and {}".format(*args))
kwargs = {"a": 1, "b": 2}
print("a={a} b={b}".format(**kwargs))
print("{0:>{1}}|".format("w", 5))
print("{:>{width}}|".format("w", width=4))
print("{}".format([1, "a", None]))
print("{}".format((1,)))
print("{} {}".format(1.0, 0.1 + 0.2))
print("no fields".format())
print("{0}{0}{0}".format("ab"))
header = "{:<6}|{:^6}|{:>6}".format("left", "mid", "right")
print(header, len(header))
lines = []
for i in range(1, 4):
    lines.append("row {:02d}: {:>5.1f}".format(i, i * 1.5))
print("\n".join(lines))
print("{:,.2f}".format(9876543.219))
print("{:5}|{:5}|".format(12, "ab"))
