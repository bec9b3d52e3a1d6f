# Case conversion and character class predicates.
words = ["hello", "WORLD", "MiXeD cAsE", "python 3.11", "", "café Noël"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("hello world".title(), "they're bill's".title(), "o'neil mc-donald".title())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "123".isupper(), "A1".isupper())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha())
print("   ".isspace(), " a ".isspace(), "".isspace(), "\t\n".isspace())
print("abc123".isalnum(), "abc 123".isalnum(), "Title Case".istitle(), "Not title".istitle())
print("中文".isalpha(), "é".isalpha(), "é".upper(), "ÉCOLE".lower())


def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"


sample = "Ab 3!z"
print([classify(c) for c in sample])
counts = {}
for c in "Hello, World 2024!":
    kind = classify(c)
    counts[kind] = counts.get(kind, 0) + 1
print(counts)


def snake_to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def camel_to_snake(name):
    out = ""
    for c in name:
        if c.isupper():
            out += "_" + c.lower()
        else:
            out += c
    return out


for n in ["max_queue_size", "run", "a_b_c"]:
    camel = snake_to_camel(n)
    print(n, camel, camel_to_snake(camel))
print("Python".upper().lower().capitalize(), "x".upper() * 3)
print("ABC".lower() == "abc", "abc".upper() < "abc")
