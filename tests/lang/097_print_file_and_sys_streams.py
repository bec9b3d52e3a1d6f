# print(file=...) and sys.stdout / sys.stderr: write() returns the characters written, print()
# calls file.write() once per argument, separator and end, and what goes to sys.stderr never
# shows on stdout.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return 1000

    def flush(self):
        self.calls.append("<flush>")


print("to stdout", 1, file=sys.stdout)
print("to stderr", 2, file=sys.stderr)
print("explicit None", file=None)
n = sys.stdout.write("written\n")
print("write returned", n, sys.stdout.write("héllo\n"), sys.stdout.write(""))
print("stderr write returned", sys.stderr.write("only on stderr\n"))

r = Recorder()
print("a", 1, None, file=r)
print(file=r)
print("x", "y", sep="", end="", file=r, flush=True)
print("p", "q", sep=" | ", end=" <end>\n", file=r)
print(r.calls)
print("-", "-", sep="=", end="!\n", file=sys.stdout)

for bad in (5, None, ["a"]):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", file=sys.stderr, end=3)
except TypeError as e:
    print("TypeError:", e)

print(sys.stdout.name, sys.stderr.name, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.isatty(), sys.stdout.flush(), sys.stderr.flush())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.stdout is sys.stderr)
print(repr(sys.stderr), type(sys.stdout).__name__)
print(sys.stdout.writelines(["line 1\n", "line 2\n"]))

saved = sys.stdout
sys.stdout = Recorder()
print("captured", 42)
captured = sys.stdout.calls
sys.stdout = None
print("dropped")
sys.stdout = saved
print("captured:", captured)
