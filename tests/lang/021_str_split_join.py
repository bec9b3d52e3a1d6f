# str.split, rsplit and join.
line = "  alpha beta   gamma\tdelta\n"
print(line.split())
print(line.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2))
print("a b c d".split(None, 2), "a b c d".split(maxsplit=1))
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("one::two::three".split("::"))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
words = ["red", "green", "blue"]
print(", ".join(words), "".join(words), "-".join("abc"))
print(" | ".join(str(n) for n in range(5)))
print("\n".join(["first", "second"]))
print(",".join([]), ",".join(["solo"]))
csv = "name,age,city\nann,31,paris\nbob,27,oslo"
rows = [r.split(",") for r in csv.split("\n")]
header = rows[0]
for r in rows[1:]:
    record = dict(zip(header, r))
    print(record)
path = "/usr/local/lib/python3.11/site.py"
parts = path.split("/")
print(parts, parts[-1], "/".join(parts[:-1]))
filename = "archive.tar.gz"
stem, ext = filename.rsplit(".", 1)
print(stem, ext, filename.split(".", 1))
sentence = "the cat sat on the mat with the hat"
counts = {}
for w in sentence.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(" ".join(reversed(sentence.split())))
print(" ".join(w.capitalize() for w in sentence.split()[:4]))
print("a\tb\nc  d".split(), "x  y".split(" "))
print("1 2 3".split(" ", 0), "1 2 3".rsplit(" ", 0))
