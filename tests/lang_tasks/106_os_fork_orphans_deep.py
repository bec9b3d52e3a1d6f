# Nobody waits for a child: every process forks in turn and the children end at once, so the
# deepest ones live on as orphans (adopted by init) after their parents. An orphan's
# os.getppid() is no longer its parent's. Each process is named by what os.fork() told it at
# each level: "p" parent, "c" child; "ppp" is the script's own process, which gathers a line
# from every process and prints them sorted.
import multiprocessing as mp
import os
import time

lines = mp.SimpleQueue()
path = ""
parent = os.getpid()
for level in range(3):
    parent_here = os.getpid()
    if os.fork() == 0:
        path += "c"
        parent = parent_here
    else:
        path += "p"
if path == "ccc":
    time.sleep(0.3)  # its parent, "ccp", has ended by now: this is an orphan
    lines.put(path + ": an orphan, its parent gone: %s" % (os.getppid() != parent))
    os._exit(0)
if path != "ppp":
    lines.put(path + ": put its line and ended")
    os._exit(0)
got = [path + ": gathers"] + [lines.get() for _ in range(7)]
for line in sorted(got):
    print(line)
