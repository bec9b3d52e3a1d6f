# Comparison operators, chained comparisons and evaluation order.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 1.5)
print(1 == 1 == 1, 1 == 1 != 2, 0 < 0 <= 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, 10 > x >= 5)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("" < "a", "a" < "aa", "B" > "A")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print((1, "a") < (1, "b"), (0, 9) < (1, 0))
print(1 == 1.0, 2 < 2.5, -1 < -0.5)
calls = []


def val(n):
    calls.append(n)
    return n


print(val(1) < val(2) < val(3))
print(calls)
calls = []
print(val(3) < val(2) < val(1))
print(calls)
calls = []
print(val(1) < val(5) > val(2) == val(2))
print(calls)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b)
print(None == 0, None != False, "1" == 1)
grades = []
for score in [95, 85, 75, 65, 55]:
    if 90 <= score <= 100:
        grades.append("A")
    elif 80 <= score < 90:
        grades.append("B")
    elif 70 <= score < 80:
        grades.append("C")
    else:
        grades.append("F")
print(grades)
print(max("b", "a", "c"), min([3, 1], [2, 9]))
print(1 in [1, 2] in [[1, 2]], "a" in "cat" in "concatenate")
print(sorted([3, 1.5, 2, -1, 0.0]))
