# if / elif / else chains, nested conditions, conditional expressions.


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    if n % 2 == 0:
        parity = "even"
    else:
        parity = "odd"
    return kind + "/" + parity


for n in [-5, 0, 3, 42, 100, 1001]:
    print(n, classify(n))


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 22)))


def leap(year):
    if year % 4:
        return False
    if year % 100:
        return True
    return year % 400 == 0


print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(1900), leap(2024))
temperature = 23
if temperature > 30:
    print("hot")
elif temperature > 20:
    if temperature > 25:
        print("warm")
    else:
        print("pleasant")
else:
    print("cold")
value = []
if value:
    print("non-empty")
else:
    print("empty list is falsy")
if "":
    print("never")
elif 0.0:
    print("never either")
else:
    print("both falsy")
x = 7
label = "big" if x > 5 else "small"
sign = -1 if x < 0 else (0 if x == 0 else 1)
print(label, sign)
if x > 5: print("one-line if")
grade = 82
letter = "A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F"
print(letter)
