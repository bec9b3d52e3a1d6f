# OSError(errno, strerror): its str is "[Errno N] text", and errno / strerror are the first two
# arguments (None with one argument); a subclass may set its own.
for args in [(10, "No child processes"), ("just a message",), (2, "No such file")]:
    e = ChildProcessError(*args)
    print(str(e), "|", e.errno, "|", e.strerror, "|", e.args)


class Mine(OSError):
    def __init__(self):
        super().__init__("mine")
        self.errno = 99


print(Mine().errno, Mine().strerror)
try:
    raise ConnectionError(111, "Connection refused")
except OSError as e:
    print(type(e).__name__, e.errno, e)
