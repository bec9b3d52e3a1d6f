# assert statements, with and without messages, caught as AssertionError.


def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e, "| args:", e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), repr(str(e)))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never fails"
assert 1, "also fine"
assert "non-empty"
print("passing asserts do nothing")


def average(values):
    assert isinstance(values, list), "values must be a list"
    assert values, "values must not be empty"
    return sum(values) / len(values)


for arg in [[1, 2, 3], [], (1, 2), [10]]:
    try:
        print(arg, average(arg))
    except AssertionError as e:
        print(arg, "rejected:", e)
checks = 0
for i in range(10):
    assert i * i >= i, "squares grow"
    checks += 1
print("checks passed:", checks)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args, e)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args[0] + 1)


def invariant_stack():
    stack = []
    for op in ["push", "push", "pop", "pop", "pop"]:
        if op == "push":
            stack.append(len(stack))
        else:
            assert stack, "pop from empty stack"
            stack.pop()
        print(op, stack)


try:
    invariant_stack()
except AssertionError as e:
    print("invariant broken:", e)
