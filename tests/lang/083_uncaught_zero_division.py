# Ends with an uncaught ZeroDivisionError inside a loop.


def mean(values):
    return sum(values) / len(values)


def spread(values):
    return max(values) - min(values)


groups = {
    "a": [1, 2, 3],
    "b": [10],
    "c": [2.5, 3.5],
    "d": [],
    "e": [7],
}
for name, values in groups.items():
    if values:
        print(name, "spread", spread(values))
    else:
        print(name, "is empty")
for name, values in groups.items():
    print(name, "mean", mean(values))
print("not reached")
