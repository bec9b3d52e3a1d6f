# Bitwise operators and shifts.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(1 << 0, 1 << 4, 1 << 40, 5 << 3)
print(256 >> 4, 255 >> 1, 1 >> 1, -16 >> 2, -1 >> 10, -17 >> 1)
print(-5 & 3, -5 | 3, -5 ^ 3, 7 & -8)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3, (1 | 2) ^ 3)
print(1 + 2 << 3, 1 + (2 << 3), 2 * 3 & 5)
x = 0
x |= 0b0001
x |= 0b0100
x ^= 0b0101
x |= 0b1000
x &= 0b1110
x <<= 2
x >>= 1
print("x", x)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("read" if flags & READ else "-", "write" if flags & WRITE else "-", "exec" if flags & EXEC else "-")
flags &= ~EXEC
print(flags, bool(flags & EXEC))


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in [0, 1, 7, 8, 255, 1023, 12345]:
    print(n, popcount(n), f"{n:b}")
mask = (1 << 16) - 1
print(mask, 0x12345678 & mask, 0x12345678 >> 16)
h = 5381
for ch in "hello":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
print("djb2", h)
print(True << 3, False | 2, 3 ^ True)
print([i for i in range(16) if i & (i - 1) == 0])
print(0xFF ^ 0x0F, 0o777 & 0o070, 0b1111 >> 2 << 2)
