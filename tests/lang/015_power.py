# The ** operator with ints and floats, positive and negative exponents.
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 62)
print(3 ** 4, (-3) ** 3, (-3) ** 4, -3 ** 4)
print(0 ** 0, 0 ** 5, 1 ** 100, (-1) ** 101)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 4 ** -0.5)
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 2 ** 0.5, 27 ** (1 / 3))
print(1.5 ** 2, 0.5 ** 10, 10.0 ** 15, 10.0 ** 16, 10.0 ** -5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
x = 3
x **= 3
print(x)
y = 2.0
y **= -2
print(y)
powers = [2 ** i for i in range(12)]
print(powers)
print(sum(powers), powers[-1] * 2 - 1)
print([round(1.1 ** n, 4) for n in range(6)])
base = 7
acc = 1
for i in range(10):
    acc = acc * base % 1000
print("7**10 % 1000 =", acc, 7 ** 10 % 1000)
print(10 ** 18, 10 ** 18 - 1)
print(float(2 ** 60), 2.0 ** 60)
print(0.0 ** 0, 0.0 ** 2, (-0.5) ** 2, (-0.5) ** 3)
print(1e10 ** 2, 1e100 ** 2)
n = 0
while 2 ** n < 1000000:
    n += 1
print("smallest n with 2**n >= 1e6:", n)
