# sys.stderr of child processes: a python3 -c child's stderr captured through a pipe or merged
# into its stdout, and a multiprocessing child's print(file=sys.stderr) reaching the run's
# stderr (the .exit file checks that it is the last line there).
import multiprocessing as mp
import subprocess
import sys

CODE = "\n".join([
    "import sys",
    "print('out')",
    "print('err', 1, file=sys.stderr)",
    "n = sys.stderr.write('raw\\n')",
    "print(n)",
])


def child(tag):
    print("child", tag, "on stdout")
    print("child", tag, "on stderr", sep="-", file=sys.stderr)


if __name__ == "__main__":
    r = subprocess.run(["python3", "-c", CODE], capture_output=True, text=True)
    print(repr(r.stdout), repr(r.stderr), r.returncode)
    r = subprocess.run(["python3", "-c", CODE], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # CPython buffers a piped stdout but not stderr: the order of the merged lines differs.
    print(sorted(r.stdout.splitlines()))
    r = subprocess.run(["python3", "-c", CODE], stderr=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
    print(repr(r.stdout), flush=True)
    p = mp.Process(target=child, args=("A",))
    p.start()
    p.join()
    print("child exit code", p.exitcode)
    sys.exit(3)
