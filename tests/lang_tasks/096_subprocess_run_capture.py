# subprocess.run with captured output: text and bytes, CompletedProcess, returncodes, echo/cat/true/false
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r)

r = subprocess.run(["echo", "bytes", "please"], capture_output=True)
print(repr(r.stdout), r.stdout.decode(), end="")
print(repr(r.stderr), len(r.stdout))
print(r.stdout.decode().split())

r = subprocess.run(["echo", "-n", "no newline"], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)

r = subprocess.run(["cat"], input="line 1\nline 2\n", capture_output=True, text=True)
print(repr(r.stdout), r.stdout.splitlines())

r = subprocess.run(["cat"], input="", stdout=subprocess.PIPE, text=True)
print("empty input:", repr(r.stdout), r.returncode)

print("true:", subprocess.run(["true"]).returncode)
print("false:", subprocess.run(["false"]).returncode)
print(subprocess.run(["false"]))
print("call:", subprocess.call(["true"]), subprocess.call(["false"]))
print("check_call:", subprocess.check_call(["true"]))
print("check_output:", repr(subprocess.check_output(["echo", "out"], text=True)))

r = subprocess.run(["echo", "thrown away"], stdout=subprocess.DEVNULL)
print("DEVNULL:", r.stdout, r.returncode)

r = subprocess.run(["true"], capture_output=True, text=True)
print("nothing captured:", repr(r.stdout), repr(r.stderr))
r.check_returncode()
try:
    subprocess.run(["false"], capture_output=True, text=True).check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e, repr(e.stdout), repr(e.stderr))
