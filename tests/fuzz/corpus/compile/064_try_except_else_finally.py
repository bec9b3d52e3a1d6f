# try / except / else / finally ordering.


def attempt(x):
    print("start", x)
    try:
        print("  try")
        result = 10 // x
        print("  computed", result)
    except ZeroDivisionError as e:
        print("  except", e)
        result = None
    else:
        print("  else")
    finally:
        print("  finally")
    print("end", result)
    return result


attempt(2)
attempt(0)


def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError) as e:
        print("  could not convert", repr(value), "->", type(e).__name__)
        return -1
    finally:
        print("  finally for", repr(value))


print(convert("12"), convert("x"), convert(None))
try:
    try:
        [][1]
    finally:
        print("inner finally runs before outer except")
except IndexError as e:
    print("outer caught:", e)
try:
    {}["k"]
except IndexError:
    print("wrong handler")
except LookupError as e:
    print("LookupError handler caught", type(e).__name__, e)
try:
    int("zz")
except Exception as e:
    print("generic:", type(e).__name__, str(e))
try:
    raise RuntimeError("boom")
except RuntimeError:
    print("caught without binding")
for item in [1, 0, "a", 4]:
    try:
        print(item, 100 / item)
    except ZeroDivisionError:
        print(item, "division by zero -> skip")
        continue
    except TypeError as e:
        print(item, "type problem:", e)
        break
    finally:
        print("  after", repr(item))
e = "outer e"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
