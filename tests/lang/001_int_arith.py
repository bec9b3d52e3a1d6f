# Integer arithmetic: + - * / // % ** and operator precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a / b, 10 / 2, -9 / 3)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2)
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * (3 - 4) // 2)
print(7 - 3 - 2, 2 ** 3 ** 2, 100 // 10 // 3)
total = 0
for i in range(1, 11):
    total += i * i
print("sum of squares:", total)
n = 1
for i in range(1, 16):
    n *= i
print("15! =", n)
x = 100
x -= 1
x *= 3
x //= 4
x %= 50
x **= 2
x += -1
print("x =", x)
print(0 - 0, -0, +5, -(-5), - - 5)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011, 0xff)
print(9223372036854775807 - 1)
big = 3037000499
print(big * big)
digits = 0
m = 9876543210
while m > 0:
    digits += m % 10
    m //= 10
print("digit sum:", digits)
gcd_a, gcd_b = 1071, 462
while gcd_b:
    gcd_a, gcd_b = gcd_b, gcd_a % gcd_b
print("gcd:", gcd_a)
print(abs(-42), abs(0), -abs(7))
print(3 * -2, -3 * -2, 0 * -5)
