# Popen: poll and wait, communicate with stdin=PIPE, reading stdout line by line, with-blocks
import subprocess

p = subprocess.Popen(["sleep", "0.2"])
print("poll while running:", p.poll(), p.returncode)
print("wait:", p.wait(), "poll:", p.poll(), "returncode:", p.returncode)
print("wait again:", p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("one\ntwo\n")
print(repr(out), repr(err), p.returncode)

p = subprocess.Popen(["echo", "as", "bytes"], stdout=subprocess.PIPE)
out, err = p.communicate()
print(repr(out), err, p.returncode)

p = subprocess.Popen(["echo", "a"], stdout=subprocess.PIPE, text=True)
print("communicate without stdin:", p.communicate())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("first\n")
p.stdin.write("second\n")
p.stdin.write("third")
p.stdin.close()
for line in p.stdout:
    print("line:", repr(line))
print("after the loop:", p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("x\ny\n")
p.stdin.close()
print(repr(p.stdout.readline()), repr(p.stdout.read()), repr(p.stdout.readline()))
p.wait()

with subprocess.Popen(["echo", "in a with block"], stdout=subprocess.PIPE, text=True) as p:
    print(repr(p.stdout.read()))
print("after with:", p.returncode)

p = subprocess.Popen(["false"])
print(p.wait(), p)
p = subprocess.Popen(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(p.wait(), p.stdout, p.stderr, p.stdin)
