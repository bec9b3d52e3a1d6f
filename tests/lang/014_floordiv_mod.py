# Floor division and modulo with every sign combination, ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.5), (1.0, 0.1)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(-0.0 % 5, 0.0 // 3, -1 % 1.0)
print(10 % 3 == 1, -10 % 3 == 2)
seconds = 98765
hours, rem = divmod(seconds, 3600)
minutes, secs = divmod(rem, 60)
print(f"{hours}h {minutes:02d}m {secs:02d}s")
days = [(n, n % 7) for n in range(-3, 10, 4)]
print(days)
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(-9 // 10, 9 // -10, -10 // 10)
print(17 // 5 * 5 + 17 % 5)
clock = 10
for step in [5, 7, -20, 3]:
    clock = (clock + step) % 12
    print("clock", clock)
print(2 ** 62 // 3, 2 ** 62 % 1000, -(2 ** 62) // 7)
index = -1
size = 5
print("wrapped index", index % size, (index - 7) % size)
