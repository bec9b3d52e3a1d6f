# OSError(errno, strerror, ...) becomes the subclass its errno names (only when made as plain
# OSError); a third argument is the filename (a fifth the second filename), shown in str() and
# taken out of args; the OSError subclasses are all there, under the right parents.
for n in [2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 99]:
    e = OSError(n, "text")
    print(n, type(e).__name__, e)

for cls in [BlockingIOError, ChildProcessError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, FileExistsError, FileNotFoundError, IsADirectoryError, NotADirectoryError,
            InterruptedError, PermissionError, ProcessLookupError, TimeoutError]:
    print(cls.__name__, issubclass(cls, OSError), issubclass(cls, ConnectionError))

for args in [(2, "No such file", "f.txt"), (13, "denied", "a", None, "b"), (2, "x", None),
             (2, "x", None, None, "b"), ("a", "b"), (1, 2, 3, 4, 5, 6), ("just text",), ()]:
    e = OSError(*args)
    print(type(e).__name__, str(e), e.errno, e.strerror, e.filename, e.filename2, e.args)

print(repr(OSError(2, "x", "f")))
print(type(FileNotFoundError(13, "made as itself")).__name__)


class Mine(OSError):
    pass


print(type(Mine(2, "x")).__name__, Mine(2, "x", "f"))


class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)


w = WithInit("data.csv")
print(w, w.filename, w.args)

try:
    raise OSError(2, "No such file or directory", "settings.json")
except FileNotFoundError as e:
    print("caught:", e, "| filename:", e.filename)

try:
    raise OSError(32, "Broken pipe")
except ConnectionError as e:
    print("caught:", type(e).__name__, e.errno)

raise OSError(2, "No such file or directory", "lesson.txt")
