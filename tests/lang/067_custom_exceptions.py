# Custom exception hierarchies, extra attributes, args, str/repr.


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(key)

    def __str__(self):
        return f"no such item: {self.key}"


class Retry(AppError):
    pass


e1 = ValidationError("age", "must be positive")
print(str(e1), repr(e1), e1.args, e1.field)
e2 = NotFound("widget")
print(str(e2), repr(e2), e2.args, e2.key)
e3 = AppError("plain", 1, None)
print(str(e3), repr(e3), e3.args)
print(repr(AppError()), str(AppError()), repr(Retry("once")))
print(isinstance(e1, AppError), isinstance(e1, Exception), issubclass(NotFound, AppError))
print(isinstance(e1, BaseException), issubclass(ValueError, Exception))
store = {"apple": 3}


def lookup(key, qty):
    if not isinstance(qty, int):
        raise ValidationError("qty", "must be int")
    if qty <= 0:
        raise ValidationError("qty", f"got {qty}")
    if key not in store:
        raise NotFound(key)
    return store[key] * qty


for args in [("apple", 2), ("apple", 0), ("pear", 1), ("apple", "x")]:
    try:
        print(args, "->", lookup(*args))
    except ValidationError as e:
        print(args, "-> invalid", e.field, "|", e)
    except AppError as e:
        print(args, "->", type(e).__name__, "|", e)
attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "ok"


while True:
    try:
        print(flaky())
        break
    except Retry as e:
        print("retrying after", e)
try:
    raise NotFound("x")
except (ValidationError, NotFound) as e:
    print("tuple handler:", type(e).__name__)
