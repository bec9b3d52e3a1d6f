# Ends with an uncaught IndexError from a list access in a nested call.


def window(values, start, size):
    return [values[start + i] for i in range(size)]


def moving_sums(values, size):
    sums = []
    for start in range(len(values)):
        sums.append(sum(window(values, start, size)))
        print("window at", start, "->", sums[-1])
    return sums


data = [3, 1, 4, 1, 5]
print(moving_sums(data[:2], 1))
print("now with an off-by-one")
moving_sums(data, 2)
print("not reached")
