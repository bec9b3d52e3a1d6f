# close_fds: a child holds only its own stdin, stdout and stderr, so a cat started later does not
# keep an earlier cat's stdin open, and each sees end of file when its own writer closes it
import subprocess

first = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
second = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
first.stdin.write("to the first\n")
first.stdin.close()
print("first:", repr(first.stdout.read()), first.wait())
print("second still running:", second.poll())
second.stdin.write("to the second\n")
second.stdin.close()
print("second:", repr(second.stdout.read()), second.wait())

chain = subprocess.Popen(["python3", "-c", "import subprocess\nr = subprocess.run(['cat'], input='nested\\n', capture_output=True, text=True)\nprint('child got', repr(r.stdout), r.returncode)"],
                         stdout=subprocess.PIPE, text=True)
print(chain.communicate()[0].rstrip(), chain.returncode)
