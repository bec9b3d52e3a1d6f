# Word wrapping and justification with string methods.
TEXT = ("Interleave runs small Python programs inside its own virtual machine so "
        "that every thread, process and coroutine can be watched while it runs, "
        "paused, and stepped one instruction at a time.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if length + extra > width and current:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in [30, 42]:
    print("=" * width)
    lines = wrap(TEXT, width)
    for words in lines[:-1]:
        print(justify(words, width) + "|")
    print(" ".join(lines[-1]).ljust(width) + "|")
    print(" ".join(lines[0]).center(width, "~"))
print(len(TEXT), TEXT.count(" ") + 1, TEXT[:10] + "...")
