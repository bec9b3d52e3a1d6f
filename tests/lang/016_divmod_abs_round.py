# divmod, abs and round (banker's rounding and ndigits).
print(divmod(17, 5), divmod(-17, 5), divmod(0, 3), divmod(5.5, 2))
print(abs(-3), abs(3), abs(-0.5), abs(0), abs(-0.0), abs(True))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.4), round(2.6), round(-2.6), round(7))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234.5678, -1), round(1234.5678, 1), round(5, 2))
print(round(1e16), round(-7.5), round(0.49999999999999994))
print(isinstance(round(2.5), int), isinstance(round(2.5, 1), float))
values = [1.25, 2.5, -3.75, 10.05, 0.0]
print([round(v, 1) for v in values])
print([abs(v) for v in values])
avg = sum(values) / len(values)
print("average", avg, "rounded", round(avg, 3))
cents = 1999
dollars, rest = divmod(cents, 100)
print(f"${dollars}.{rest:02d}")
dist = [abs(a - b) for a, b in [(3, 8), (8, 3), (-2, 2), (5, 5)]]
print(dist, max(dist))
print(round(-0.4), round(-0.6, 0), round(0.05, 1), round(0.15, 1))
temps = [22.456, 19.5, 23.5, 24.5, -0.5]
for t in temps:
    print(t, round(t), round(t, 1))
