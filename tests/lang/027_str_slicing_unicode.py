# Indexing, slicing (incl. negative steps), len of non-ASCII text, ord/chr, str *.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-4:-1], s[5:100], s[100:], repr(s[5:2]), s[-100:2])
print(s[::3], s[1:8:2], s[:-8:-2])
cn = "你好，世界"
print(len(cn), len("你好"), cn[0], cn[-1], cn[::-1], cn[1:3])
print(len("naïve café"), "naïve café"[::-1], "naïve café".upper())
print(ord("a"), ord("Z"), ord("0"), ord("é"), ord("你"), chr(65), chr(0x4e2d), chr(233))
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in [80, 121]))
print("ab" * 3, 3 * "xy", "z" * 0, repr("q" * -1))
print("a" in "cat", "at" in "cat", "ta" in "cat", "" in "")


def is_palindrome(text):
    clean = "".join(c.lower() for c in text if c.isalnum())
    return clean == clean[::-1]


for t in ["A man, a plan, a canal: Panama", "hello", "上海自来水来自海上", ""]:
    print(repr(t), is_palindrome(t))


def caesar(text, shift):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
word = "interleave"
for i in range(0, len(word), 3):
    print(i, word[i:i + 3])
for ch in "héllo":
    print(ch, end=" ")
print()
print(min("hello"), max("hello"), sorted("hello"), sorted("hello", reverse=True))
