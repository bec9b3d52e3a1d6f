# find / rfind / index / rindex / count / startswith / endswith / in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o"), s.find("o", 13), s.find("o", 13, 15), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20))
print(s.startswith("the"), s.startswith("quick"), s.startswith("quick", 4))
print(s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "b")))
print("fox" in s, "cat" in s, "" in s, "Fox" in s, "fox" not in s)
print("".find(""), "abc".find(""), "abc".rfind(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
files = ["a.py", "b.txt", "c.py", "README", "d.PY"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith((".py", ".txt"))])
text = "one fish two fish red fish blue fish"
pos = 0
found = []
while True:
    i = text.find("fish", pos)
    if i == -1:
        break
    found.append(i)
    pos = i + 1
print(found, len(found) == text.count("fish"))
url = "https://example.com/path/page.html"
scheme_end = url.find("://")
print(url[:scheme_end], url[scheme_end + 3:url.find("/", scheme_end + 3)])
print(url[url.rfind("/") + 1:])
word = "banana"
print(word.find("an"), word.rfind("an"), word.count("an"), word.count("a", 2), word.index("n", 3))
print("中文字符串".find("字"), "中文字符串".count("文"))
