"""subprocess: run other programs, talk to them, wait for them

multiprocessing starts copies of your own Python program; subprocess starts other programs.
subprocess.run() starts one, waits for it and returns a CompletedProcess with its returncode
(and its output, if you asked for it with capture_output=True or stdout=PIPE; stdout=DEVNULL
throws it away, stderr=STDOUT merges the errors into the output). text=True turns
the output from bytes into str; input= is written to the child's stdin. check=True turns a
non-zero exit into CalledProcessError; timeout= kills a child that takes too long and raises
TimeoutExpired. Popen is the lower level: it starts the child and returns at once, then
poll() asks "finished yet?", wait() waits, and communicate() feeds stdin and reads all output.
The args are a list: the program, then its arguments, no shell involved.

What to look for:
- Every child is a process of its own on the timeline; the parent is blocked while run() waits.
- The Popen child runs while the parent keeps going; poll() says None until it has exited.
- A Python child that fails exits with 1 and its traceback goes to its own stderr.

Try this:
- Set CHILD_S to 0.01. Does the timeout still fire?
- Remove capture_output=True from the echo call. Where does the output go, and what is r.stdout now?
- Run ["cat"] with Popen and stdin=PIPE but never call communicate(). Why does wait() never return?

---zh---
subprocess：运行别的程序、和它对话、等它结束

multiprocessing 启动的是你自己这份 Python 程序的副本，subprocess 启动的则是别的程序。
subprocess.run() 启动一个子进程，等它结束，返回一个 CompletedProcess，里面有 returncode
（如果用 capture_output=True 或 stdout=PIPE 要求了，还有它的输出；stdout=DEVNULL 会把输出直接丢掉，
stderr=STDOUT 则把错误输出并进标准输出）。text=True 把输出从 bytes 变成 str；
input= 的内容会写进子进程的标准输入。check=True 让非零退出码变成 CalledProcessError 异常；
timeout= 会杀掉超时的子进程，并抛出 TimeoutExpired。
Popen 是更底层的接口：它启动子进程后立即返回，之后用 poll() 问“结束了没有”，用 wait() 等它结束，
用 communicate() 写入标准输入并读完全部输出。参数是一个列表：先是程序名，再是它的参数，不经过 shell。

看点：
- 每个子进程在时间线上都是独立的一个进程；run() 等待期间父进程处于阻塞状态。
- Popen 启动的子进程在运行时，父进程照样往下走；子进程退出之前，poll() 一直返回 None。
- 出错的 Python 子进程以退出码 1 结束，它的 traceback 写进了它自己的 stderr。

试一试：
- 把 CHILD_S 改成 0.01。超时还会触发吗？
- 去掉 echo 那次调用里的 capture_output=True。输出跑到哪里去了？r.stdout 现在是什么？
- 用 Popen 运行 ["cat"]，带上 stdin=PIPE，但不调用 communicate()。为什么 wait() 永远不返回？
"""
import subprocess

CHILD_S = 0.5    # @param 0.01..2.0
TIMEOUT = 0.1    # @param 0.05..1.0

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(f"echo: returncode={r.returncode} stdout={r.stdout!r}")

r = subprocess.run(["cat"], input="fed through stdin\n", stdout=subprocess.PIPE, text=True)
print(f"cat:  stdout={r.stdout!r}")

print("true and false exit with:", subprocess.run(["true"]).returncode,
      subprocess.run(["false"]).returncode)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as error:
    print("check=True:", error)

try:
    subprocess.run(["sleep", str(CHILD_S)], timeout=TIMEOUT)
    print(f"sleep {CHILD_S} finished within {TIMEOUT} s")
except subprocess.TimeoutExpired as error:
    print(f"timeout: {error.cmd} was killed after {TIMEOUT} s (TimeoutExpired)")

r = subprocess.run(["python3", "-c", "print(6 * 7)\nprint(1 / 0)"], capture_output=True, text=True)
print(f"python3 -c: returncode={r.returncode} stdout={r.stdout!r}")
print("  last line of its stderr:", r.stderr.splitlines()[-1])
r = subprocess.run(["python3", "-c", "print(1 / 0)"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)         # stderr merged into stdout
print("  with stderr=STDOUT it is in stdout:", r.stdout.splitlines()[-1])
r = subprocess.run(["echo", "nobody reads this"], stdout=subprocess.DEVNULL)
print("stdout=DEVNULL: the output is thrown away; r.stdout is", r.stdout)

child = subprocess.Popen(["sleep", "0.05"])
print("Popen sleep: poll() right after start ->", child.poll())
print("             wait() ->", child.wait(), "; poll() now ->", child.poll())

cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
out, err = cat.communicate("one\ntwo\n")
print(f"Popen cat: out={out!r} err={err!r} returncode={cat.returncode}")
