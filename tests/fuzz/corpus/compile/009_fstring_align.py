# f-strings: width, alignment and fill characters.
name = "pear"
n = 42
print(f"[{name}]")
print(f"[{name:>8}]")
print(f"[{name:<8}]")
print(f"[{name:^8}]")
print(f"[{name:*^9}]")
print(f"[{name:-<10}]")
print(f"[{name:.>10}]")
print(f"[{n:>6}]")
print(f"[{n:<6}]")
print(f"[{n:^6}]")
print(f"[{n:06}]")
print(f"[{n:0>6}]")
print(f"[{-n:06}]")
print(f"[{-n:=6}]")
print(f"[{n:6}]", f"[{name:6}]")
print(f"[{3.5:8}]", f"[{3.5:<8}]", f"[{-2.25:^9}]")
w = 12
print(f"[{name:>{w}}]")
print(f"[{name:^{w - 4}}]")
print(f"[{n:>{w // 2}}]")
fill_width = 5
print(f"[{7:0{fill_width}}]")
print(f"[{'long text':>3}]")
print(f"[{True:>6}]", f"[{None!s:>6}]")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
print(f"{'item':<8}|{'qty':>5}|{'price':>7}")
print("-" * 22)
for item, qty, price in rows:
    print(f"{item:<8}|{qty:>5}|{price:>7.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<8}|{'':>5}|{total:>7.2f}")
for width in range(3, 8):
    print(f"{'ab':^{width}}|")
label = "x"
print(f"{label!r:>6}|{label!s:<4}|")
print(f"{'中文':>6}|{'中文':<6}|")
