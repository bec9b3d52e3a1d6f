# center / ljust / rjust / zfill and building aligned text.
print("[" + "mid".center(9) + "]", "[" + "mid".center(10) + "]", "[" + "mid".center(2) + "]")
print("[" + "ab".center(7, "*") + "]", "[" + "abc".center(8, "-") + "]")
print("[" + "left".ljust(8) + "]", "[" + "left".ljust(8, ".") + "]", "[" + "toolong".ljust(3) + "]")
print("[" + "right".rjust(8) + "]", "[" + "right".rjust(8, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("3.14".zfill(8), "-3.14".zfill(8))
table = [("Name", "Qty", "Price"), ("Widget", "3", "4.50"), ("Gadget", "12", "19.99"), ("Gizmo", "100", "0.05")]
widths = [0, 0, 0]
for row in table:
    for i, cell in enumerate(row):
        if len(cell) > widths[i]:
            widths[i] = len(cell)
print(widths)
for row in table:
    print(row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].rjust(widths[2]))
title = " REPORT "
print(title.center(30, "="))
for n in [1, 22, 333]:
    print(str(n).rjust(5, "."), str(n).zfill(4), str(n).ljust(4, "_") + "|")


def box(lines):
    width = max(len(ln) for ln in lines)
    out = ["+" + "-" * (width + 2) + "+"]
    for ln in lines:
        out.append("| " + ln.ljust(width) + " |")
    out.append("+" + "-" * (width + 2) + "+")
    return "\n".join(out)


print(box(["hello", "a longer line", "x"]))
for i in range(1, 6):
    print(("*" * (2 * i - 1)).center(9))
print("中".center(5, "-"), "中文".rjust(4, "*"))
