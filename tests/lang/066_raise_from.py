# raise, raise ... from ..., bare re-raise, __cause__ / __context__.

class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

for value in ["8080", "eighty"]:
    try:
        print("port", parse_port(value))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)

def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging the KeyError, then re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")

try:
    context()
except ValueError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        raise RuntimeError("second") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise ValueError()
except ValueError as e:
    print("instance raised:", repr(e))
err = IndexError("prepared", 42)
try:
    raise err
except IndexError as e:
    print(e is err, e.args, str(e), repr(e))

def chain(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        chain(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e

try:
    chain(3)
except LookupError as e:
    messages = []
    cur = e
    while cur is not None:
        messages.append(str(cur))
        cur = cur.__cause__
    print(" <- ".join(messages))
