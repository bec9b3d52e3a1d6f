# Exceptions inside loops, nested try blocks, continue after errors, error totals.
raw = ["10", "x", "30", "", "-5", "4.5", "7"]
good = []
errors = {}
for text in raw:
    try:
        n = int(text)
        if n < 0:
            raise ValueError(f"negative: {n}")
    except ValueError as e:
        msg = str(e)
        key = msg.split(":")[0]
        errors[key] = errors.get(key, 0) + 1
        print("skip", repr(text), "-", msg)
        continue
    good.append(n)
print(good, errors)
matrix = [[1, 2], [3], [4, 0], "bad", [5, 6]]
results = []
for i, row in enumerate(matrix):
    try:
        try:
            results.append(row[0] / row[1])
        except IndexError:
            results.append(row[0])
            print(i, "short row")
    except ZeroDivisionError as e:
        print(i, "zero:", e)
    except TypeError as e:
        print(i, "type:", e)
print(results)


def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    if n % 5 == 0:
        raise KeyError(n)
    return n


ok = []
for n in range(1, 16):
    try:
        ok.append(risky(n))
    except ValueError as e:
        ok.append(-e.args[0])
    except KeyError as e:
        ok.append(str(e))
print(ok)
attempt = 0
while attempt < 5:
    attempt += 1
    try:
        if attempt < 4:
            raise RuntimeError("try again")
        print("connected on attempt", attempt)
        break
    except RuntimeError as e:
        print("attempt", attempt, "failed:", e)
else:
    print("gave up")
count = 0
for ch in "a1b2c3":
    try:
        count += int(ch)
    except ValueError:
        pass
print("digit total", count)
