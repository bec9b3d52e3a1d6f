# python3 -c CODE runs another Python program as the child: its output, its exit code, its
# traceback on stderr, stderr=STDOUT, and a child of its own
import os
import subprocess

r = subprocess.run(["python3", "-c", "print(6 * 7)"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)

r = subprocess.run(["python3", "-c", "import sys\nprint('exiting')\nsys.exit(4)"], capture_output=True, text=True)
print(repr(r.stdout), r.returncode)

r = subprocess.run(["python3", "-c", "print('before')\nx = {}\nx['missing']"], capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
print(r.stderr.splitlines()[0])
print(r.stderr.splitlines()[-1])

r = subprocess.run(["python3", "-c", "print(1)\nprint(1 / 0)"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
lines = r.stdout.splitlines()
print(lines[0], "|", lines[1], "|", lines[-1], r.stderr)

r = subprocess.run(["python3", "-c", "print(1 / 0)"], stderr=subprocess.DEVNULL)
print("stderr thrown away:", r.returncode, r.stderr)

r = subprocess.run(["python3", "-c", "import os\nprint(os.getppid())"], capture_output=True, text=True)
print("the child's parent is this process:", int(r.stdout) == os.getpid())

code = "import subprocess\nr = subprocess.run(['echo', 'grandchild'], capture_output=True, text=True)\nprint('child got', repr(r.stdout))"
r = subprocess.run(["python3", "-c", code], capture_output=True, text=True)
print(repr(r.stdout))

code = "import sys\nfor i in range(3):\n    print('line', i)\nsys.exit(0)"
p = subprocess.Popen(["python3", "-c", code], stdout=subprocess.PIPE, text=True)
print([line.rstrip() for line in p.stdout], p.wait())

r = subprocess.run(["python3", "-c", "import time\ntime.sleep(0.1)\nprint('slept')"],
                   capture_output=True, text=True, timeout=2)
print(repr(r.stdout))

print("inherited stdout follows:", flush=True)
subprocess.run(["python3", "-c", "print('printed by the child')"])
subprocess.run(["echo", "printed by echo"])
print("done", flush=True)
