# A forked child that raises prints its traceback and ends with 1; os._exit(n) ends a process at
# once with n, without running finally blocks.
import os


def fail():
    raise ValueError("the child fails")


pid = os.fork()
if pid == 0:
    fail()
_, status = os.waitpid(pid, 0)
print("child exit code:", os.waitstatus_to_exitcode(status), flush=True)
try:
    print("exiting with 5", flush=True)
    os._exit(5)
finally:
    print("not printed: os._exit runs no finally block")
