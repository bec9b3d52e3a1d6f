# communicate() reads the child's stdout and stderr at once: a child whose traceback on stderr
# is far more than a pipe holds must not wait for ever while its parent waits for the end of
# its stdout (a parent that read stdout to the end first would). Then a timeout while both
# pipes are still open.
import subprocess

code = "print('done')\nraise ValueError('e' * 400000)"
r = subprocess.run(["python3", "-c", code], capture_output=True, text=True)
print(repr(r.stdout), len(r.stderr) > 400000, r.stderr.splitlines()[0], r.returncode)

p = subprocess.Popen(["python3", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate()
print(repr(out), err.splitlines()[-1][:20], p.returncode)

p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.timeout, e.stdout, e.stderr)
p.kill()
out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
