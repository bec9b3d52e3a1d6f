# String literals, quotes and escape sequences.
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double"""
print(s1, s2)
print(s3)
print(s4)
print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\ quote: \' dq: \"")
print('it\'s', "say \"hi\"")
print("\x41\x42\x43", "\u4e2d\u6587")
print(r"raw \n stays", r'C:\temp\new')
print(len("\n"), len(r"\n"), len("\x41"), len("\u4e2d"))
print("con" "cat" 'enation')
print("a" + "b" * 3)
print(repr("tab\there"), repr('new\nline'), repr("back\\slash"))
print(repr("it's"), repr('say "hi"'), repr('mix \' and "'))
print(repr(""), repr(" "), repr("\x00\x1f\x7f"))
print(repr("中文"), repr("é"), len("héllo"))
print("""a "quoted" word""")
print('''it's fine''')
empty = ""
print(empty == '', len(empty), bool(empty), bool("0"))
multi = """line one
line two
    indented"""
print(multi)
print(multi.count("\n"))
print("\u00e9" == "é", "\x41" == "A", "\r" == "\x0d")
long_text = ("part one, "
             "part two")
print(long_text)
print("end with backslash \\")
print('\'' + "\"")
print(repr("\r\n"), repr("a\\b"), repr(r"\d+"))
print(str("plain"), str('x') == "x")
print("unicode: \u00fc\u00f1\u00ee", "\u2192", "→")
