# os.fork() returns twice: the child's pid in the parent, 0 in the child, which goes on from the
# call with a copy of the parent's memory. os.wait() and os.waitpid() report each child's end once.
import os
import sys
import threading
import time

print("before the fork", flush=True)
numbers = [1, 2]
pid = os.fork()
if pid == 0:
    numbers.append(3)
    print("child sees", numbers, flush=True)
    os._exit(7)
got, status = os.wait()
print("parent sees", numbers, flush=True)
print("waited for the child:", got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), flush=True)
try:
    os.wait()
except ChildProcessError as e:
    print("again:", e, flush=True)


def make_child(code, how):
    # A deeper stack: the child goes on from inside these calls.
    def inner(k):
        child = os.fork()
        if child == 0:
            if how == "sys.exit":
                sys.exit(k)
            if how == "os._exit":
                os._exit(k)
            time.sleep(0.05)
            os._exit(0)
        return child
    return inner(code)


children = {}
for code, how in [(3, "sys.exit"), (4, "os._exit"), (5, "sleep")]:
    children[make_child(code, how)] = how
sleeper = [p for p, h in children.items() if h == "sleep"][0]
print("WNOHANG:", os.waitpid(sleeper, os.WNOHANG), flush=True)
pid, status = os.waitpid(sleeper, 0)
print("sleeper:", pid == sleeper, os.waitstatus_to_exitcode(status), flush=True)
ends = []
while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:
        break
    ends.append((children[pid], os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status)))
print(sorted(ends), flush=True)


def forker():
    # Only the forking thread lives on in the child.
    child = os.fork()
    if child == 0:
        print("child's threads:", [t.name for t in threading.enumerate()], threading.current_thread().name, flush=True)
        os._exit(0)
    os.waitpid(child, 0)


t = threading.Thread(target=forker, name="Forker")
t.start()
t.join()

# A child that is not told to exit runs the rest of the script, as its parent does.
pid = os.fork()
who = "child" if pid == 0 else "parent"
if pid:
    os.waitpid(pid, 0)
print("end of the script in the", who, flush=True)
