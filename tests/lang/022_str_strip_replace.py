# strip / lstrip / rstrip (with and without chars) and replace.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("x"), "xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"))
print("www.example.com".strip("cmowz."))
print(repr("".strip()), repr("    ".strip()), repr("abc".strip("")))
print("--==title==--".strip("-="), "0042".lstrip("0"), "3.1400".rstrip("0"))
print("hello world".replace("o", "0"))
print("hello world".replace("o", "0", 1))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("x", "y"), "".replace("", "z"))
print("one two one".replace("one", "three"))
print("tabs\tand\tspaces".replace("\t", "    "))
text = "The rain in Spain stays mainly in the plain"
print(text.replace("ain", "AIN"))
print(text.replace(" ", ""), len(text.replace(" ", "")))
lines = ["  first  ", "\tsecond", "third\n", "   "]
cleaned = [ln.strip() for ln in lines if ln.strip()]
print(cleaned)
template = "Dear NAME, your order ORDER ships DAY."
filled = template.replace("NAME", "Ann").replace("ORDER", "#123").replace("DAY", "today")
print(filled)
msg = "...!!!wow!!!..."
print(msg.strip("."), msg.strip(".!"), msg.rstrip("!."))
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
print("ab" * 3, ("ab" * 3).replace("ba", "|"))
print("x".strip("x") == "", "  a  b  ".strip())
price = " $1,234.50 "
print(float(price.strip().lstrip("$").replace(",", "")))
