# timeout kills the child and raises TimeoutExpired; check=True raises CalledProcessError; a
# missing program raises FileNotFoundError
import subprocess
import time

start = time.monotonic()
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", str(e)[:40])
    print(e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError))
print("well before 5 s:", time.monotonic() - start < 2)

try:
    subprocess.run(["sleep", "1"], timeout=0.1, capture_output=True, text=True)
except subprocess.TimeoutExpired as e:
    print("with capture:", e, repr(e.stdout), repr(e.stderr))

# 2 s: enough for a python3 child to start and print even on a loaded test machine.
code = "import time\nprint('early', flush=True)\ntime.sleep(5)\nprint('late')"
try:
    subprocess.run(["python3", "-c", code], timeout=2, capture_output=True, text=True)
except subprocess.TimeoutExpired as e:
    print("partial output:", e, repr(e.stdout), repr(e.stderr))

print(subprocess.run(["sleep", "0.05"], timeout=1))

p = subprocess.Popen(["sleep", "2"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait:", e)
print("still running:", p.poll())
p.kill()
print("killed:", p.wait())
try:
    raise subprocess.CalledProcessError(p.returncode, p.args)
except subprocess.CalledProcessError as e:
    print(e)

p = subprocess.Popen(["sleep", "2"])
p.terminate()
print("terminated:", p.wait())

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("check:", e)
    print(e.returncode, e.cmd, e.output, e.stderr)

try:
    subprocess.run(["python3", "-c", "print('partial'); raise SystemExit(3)"],
                   capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stdout), repr(e.stderr))

try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print("check_output:", e, e.output)

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("check_call:", e)

try:
    subprocess.run(["no-such-program-here", "x"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename, isinstance(e, OSError))

try:
    subprocess.run(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
