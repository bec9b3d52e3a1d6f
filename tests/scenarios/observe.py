#!/usr/bin/env python3
"""Each bundled scenario, run headless in the engine, shows what its lesson promises.

    observe.py INTERLEAVE_BINARY SCENARIO_DIR NAME

NAME is a scenario file's stem; the check of that name runs it (fixed settings and seeds, some
@param values changed the way the lesson's "try this" suggests), reads what it printed, its
exit code, its --summary JSON and its --trace (Chrome trace events), and asserts the lesson's
observation. Exit 0 when it holds, 1 with the reasons when it does not.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

BINARY, FOLDER, NAME = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


class Run:
    """One `interleave run` of a scenario: its stdout, exit code, summary and trace events."""

    def __init__(self, name, *flags, params=None):
        with open(os.path.join(FOLDER, name + ".py"), encoding="utf-8") as f:
            text = f.read()
        for key, value in (params or {}).items():
            text, count = re.subn(rf"^{key} = [^#\n]*", f"{key} = {value!r} ", text, flags=re.M)
            assert count == 1, f"{name}.py has no top-level {key} ="
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, name + ".py")
            with open(script, "w", encoding="utf-8") as f:
                f.write(text)
            summary, trace = os.path.join(tmp, "summary.json"), os.path.join(tmp, "trace.json")
            done = subprocess.run([BINARY, "run", script, "--summary", summary, "--trace", trace, *flags],
                                  capture_output=True, text=True, timeout=120, cwd=tmp)
            self.code, self.out, self.err = done.returncode, done.stdout, done.stderr
            with open(summary, encoding="utf-8") as f:
                self.summary = json.load(f)
            with open(trace, encoding="utf-8") as f:
                self.events = json.load(f)["traceEvents"]
        self.label = f"{name} {' '.join(flags)} {params or ''}".strip()

    def number(self, pattern):
        """The first number captured by `pattern` in the output (fails the check if absent)."""
        found = re.search(pattern, self.out)
        expect(found, f"{self.label}: no line matching {pattern!r} in:\n{self.out}")
        return float(found.group(1)) if found else float("nan")

    def queue(self, name):
        return next(q for q in self.summary["queues"] if q["name"] == name)

    def spans(self, state):
        return [e for e in self.events if e.get("ph") == "X" and e.get("name") == state]


def producer_consumer():
    r = Run("producer_consumer")
    expect(r.code == 0, f"exit {r.code}")
    q = r.queue("q")
    expect(q["capacity"] == 4 and q["max_len"] == 4, f"the queue should fill to 4: {q}")
    full_waits = [s for s in r.spans("blocked") if "q" in s["args"].get("waits_for", "").split()]
    expect(full_waits, "no producer was ever blocked on q")
    total = r.number(r"consumed (\d+) of")
    expect(str(int(total)) in r.out and f"consumed {int(total)} of {int(total)} items" in r.out,
           f"not everything produced was consumed:\n{r.out}")


def deadlock_two_locks():
    r = Run("deadlock_two_locks")
    expect(r.code == 3, f"exit {r.code}, expected 3 (deadlock)")
    expect(r.summary["verdict"] == "deadlock", f"verdict {r.summary['verdict']}")
    text = json.dumps(r.summary["deadlock"])
    for word in ("lock_a", "lock_b", "line"):
        expect(word in text, f"the deadlock report lacks {word}: {text}")


def deadlock_fixed():
    for policy in ("random", "pct"):
        for seed in range(1, 201):
            done = subprocess.run([BINARY, "run", os.path.join(FOLDER, "deadlock_fixed.py"), "--policy", policy,
                                   "--seed", str(seed)], capture_output=True, text=True, timeout=60, cwd=FOLDER)
            expect(done.returncode == 0, f"--policy {policy} --seed {seed}: exit {done.returncode}\n{done.stderr}")
    r = Run("deadlock_fixed", params={"STRATEGY": 2})  # acquire(timeout=...) and back off
    expect(r.code == 0, f"STRATEGY=2: exit {r.code}")


def dining_philosophers():
    r = Run("dining_philosophers")
    expect(r.code == 0 and "meals eaten: [3, 3, 3, 3, 3]" in r.out, f"exit {r.code}:\n{r.out}")
    # With no pause between the two forks each philosopher can take the left one before anyone
    # takes a right one: the schedule that deadlocks exists, the default one just misses it.
    lefty = Run("dining_philosophers", "--policy", "random", "--seed", "3", params={"ONE_LEFTY": 1})
    expect(lefty.code == 0, f"one left-handed philosopher never deadlocks: exit {lefty.code}")


def pool_saturation():
    r = Run("pool_saturation")
    expect(r.code == 0, f"exit {r.code}")
    pools = r.summary["pools"]
    expect(pools and all(p["workers"] == 2 and p["max_busy"] == 2 for p in pools), f"pools: {pools}")
    asynchronous = r.number(r"apply_async: ([\d.]+) s")
    blocking = r.number(r"\n\s*apply: ([\d.]+) s")
    expect(asynchronous < blocking * 0.7, f"apply_async {asynchronous} s is not faster than apply {blocking} s")


def gil_cpu_bound():
    r = Run("gil_cpu_bound")
    threads, processes = r.number(r"4 threads\s+([\d.]+) s"), r.number(r"4 processes\s+([\d.]+) s")
    one = r.number(r"1 thread\s+([\d.]+) s")
    expect(threads >= 3 * processes, f"4 processes ({processes} s) should beat 4 threads ({threads} s) by 3x")
    expect(threads >= 0.9 * one, f"threads ({threads} s) should not beat one thread ({one} s) with the GIL")
    off = Run("gil_cpu_bound", "--gil", "off")
    t_off, p_off = off.number(r"4 threads\s+([\d.]+) s"), off.number(r"4 processes\s+([\d.]+) s")
    expect(abs(t_off - p_off) <= 0.1 * p_off, f"without the GIL threads ({t_off} s) match processes ({p_off} s)")


def gil_io_bound():
    r = Run("gil_io_bound")
    expect(r.number(r"speed-up: ([\d.]+)x") >= 3, f"threads should speed up I/O-bound work:\n{r.out}")


def race_counter():
    r = Run("race_counter")
    expect(r.number(r"lost (\d+)") > 0, f"without a lock some updates are lost:\n{r.out}")
    for policy, seed in (("fifo", "0"), ("random", "1"), ("random", "2"), ("pct", "1"), ("pct", "2")):
        locked = Run("race_counter", "--policy", policy, "--seed", seed, params={"USE_LOCK": 1, "INCREMENTS": 2000})
        expect(locked.number(r"lost (\d+)") == 0, f"with the lock nothing is lost ({policy} {seed}):\n{locked.out}")


def pipe_ping_pong():
    r = Run("pipe_ping_pong")
    expect(r.code == 0 and len(re.findall(r"^pong \d+ after \d+ timed-out polls", r.out, re.M)) == 4,
           f"four pongs, each after some timed-out polls:\n{r.out}")


def same_as_python3(name):
    """The engine prints what CPython prints with the shim (the shim's `[note]` lines aside:
    the engine puts notes on the timeline, not on stdout)."""
    r = Run(name)
    expect(r.code == 0, f"exit {r.code}")
    python = subprocess.run([sys.executable, name + ".py"], capture_output=True, text=True, timeout=60, cwd=FOLDER)
    wanted = "".join(line for line in python.stdout.splitlines(True) if not line.startswith("[note]"))
    expect(r.out == wanted, f"engine and python3 disagree:\n{r.out}\n---\n{wanted}")
    return r


def queue_timeouts():
    # Not compared with python3: its timeouts are real time, and a loaded machine shifts them.
    r = Run("queue_timeouts")
    expected = ("new queue: empty=True full=False\nafter 2 put_nowait: qsize=2 full=True\n"
                "put_nowait on a full queue raises queue.Full\n"
                + "".join(f"consumer took {n}\n" for n in range(7))
                + "consumer: nothing for 0.2 s, queue.Empty, giving up\nget_nowait on an empty queue raises queue.Empty\n")
    expect(r.out == expected, f"got:\n{r.out}")
    expect(any("still full" in e.get("name", "") for e in r.events if e.get("ph") == "i"),
           "the producer's put(timeout=...) ran out at least once (a note on the timeline)")


def daemon_and_join():
    r = Run("daemon_and_join")
    for line in ("after join(timeout=0.02): worker alive? True", "after join(): worker alive? False",
                 "middle: exitcode -15, alive? False", "grandchild: still running, parent changed: True",
                 "daemon thread alive? True; daemon process alive? True"):
        expect(line in r.out, f"missing {line!r} in:\n{r.out}")


def process_vs_thread_memory():
    same_as_python3("process_vs_thread_memory")


def semaphore_and_condition():
    r = same_as_python3("semaphore_and_condition")
    expect("at most 2 downloads at once" in r.out, f"the semaphore should cap downloads at 2:\n{r.out}")


def thread_pool_executor():
    # Which page completes first depends on CPython's timing, so only the ordered parts compare.
    r = Run("thread_pool_executor")
    expect(r.code == 0, f"exit {r.code}")
    expect(r.out.count("completed: page") == 5, f"as_completed should yield every future:\n{r.out}")
    for line in ("right after submit, job 0 done? False", "after wait(0.03): 1 done, 4 not done",
                 "in submission order: ['page 0', 'page 1', 'page 2', 'page 3', 'page 4']",
                 "map keeps input order: [25, 9, 64, 1]", "result() re-raised: ValueError('bad input -1')"):
        expect(line in r.out, f"missing {line!r} in:\n{r.out}")


def generators_pipeline():
    same_as_python3("generators_pipeline")


def subprocess_run():
    same_as_python3("subprocess_run")


def asyncio_gather():
    # Virtual time is exact: awaiting one by one adds the sleeps, gather overlaps them.
    r = Run("asyncio_gather")
    for line in ("one by one: 0.060 s", "gather: 0.030 s, results ['A', 'B', 'C']",
                 "b: done after 0.01 s\nc: done after 0.02 s\na: done after 0.03 s",
                 "slow: no answer within 0.05 s, cancelled"):
        expect(line in r.out, f"missing {line!r} in:\n{r.out}")
    coroutines = [t for t in r.summary["tasks"] if t["kind"] == "coroutine"]
    expect(len(coroutines) >= 3, f"each asyncio task is a coroutine task: {coroutines}")


def asyncio_blocking_call():
    r = Run("asyncio_blocking_call")
    expect(r.number(r"longest gap ([\d.]+) s") >= 0.1, f"time.sleep blocks the loop:\n{r.out}")
    expect(any(e.get("ph") == "i" and "blocking call" in e.get("name", "") for e in r.events),
           "the blocking call gets a marker on the timeline")
    awaited = Run("asyncio_blocking_call", params={"BLOCKING": 0})
    expect(awaited.number(r"longest gap ([\d.]+) s") <= 0.011, f"asyncio.sleep lets heartbeats run:\n{awaited.out}")


def greenlet_ping_pong():
    # Expected by reasoning from greenlet's documentation (python3 here has no greenlet): each
    # switch hands over one value and comes back with the other side's answer.
    r = Run("greenlet_ping_pong")
    expected = ("ping 0\n  pong 0\nping got 0\nping 1\n  pong 1\nping got 10\nping 2\n  pong 2\n"
                "ping got 20\nmain got 'ping is done'\nping dead? True; pong dead? False\n")
    expect(r.out == expected, f"got:\n{r.out}")


def gevent_crawler():
    r = Run("gevent_crawler")
    expect("sequential: 0.160 s" in r.out and "concurrent: 0.050 s" in r.out, f"gevent overlaps the waits:\n{r.out}")
    unpatched = Run("gevent_crawler", params={"PATCH": 0, "SLEEPER": 1})
    expect("concurrent: 0.160 s" in unpatched.out, f"unpatched time.sleep blocks the hub:\n{unpatched.out}")
    patched = Run("gevent_crawler", params={"SLEEPER": 1})
    expect("concurrent: 0.050 s" in patched.out, f"patch_all makes time.sleep cooperative:\n{patched.out}")


def process_basics():
    r = Run("process_basics")
    for line in ("Process-1 before start: alive? False, pid None", "Process-1 after start: alive? True",
                 "Process-1 after join: alive? False, exitcode 0", "counter counts [1, 2, 3]",
                 "MainProcess counts [1, 2]", "Process-4 raised ValueError: exitcode 1"):
        expect(line in r.out, f"missing {line!r} in:\n{r.out}")
    expect("ValueError: invalid literal" in r.err, f"the failing child's traceback is on stderr:\n{r.err}")


def thread_basics():
    r = Run("thread_basics")
    expect(r.out.count("(worker): 4 threads alive") == 3 and "after join: 1 thread alive" in r.out,
           f"active_count() is 4 while the workers live and 1 after:\n{r.out}")
    workers = [t for t in r.summary["tasks"] if t["name"].endswith("(worker)")]
    expect(len(workers) == 3 and all(t["sleeping_ms"] > 0 for t in workers), f"the workers sleep: {workers}")


def process_thread_models():
    r = Run("process_thread_models")
    threads, processes = r.number(r"threads:\s+([\d.]+) ms"), r.number(r"processes:\s+([\d.]+) ms")
    expect(processes >= 3 * threads > 0, f"starting processes ({processes} ms) costs more than threads ({threads} ms)")
    four_procs, four_threads = r.number(r"4 process\(es\) x 1 thread\(s\): ([\d.]+) s"), \
        r.number(r"1 process\(es\) x 4 thread\(s\): ([\d.]+) s")
    expect(four_threads >= 2 * four_procs, f"4 processes ({four_procs} s) beat 4 threads ({four_threads} s) on CPU")


def fork_basics():
    r = Run("fork_basics")
    expect(r.code == 0, f"exit {r.code}")
    parent = r.number(r"before the fork: one process, pid (\d+)")
    expect("basket ['apple']" in r.out and "my parent is the parent: True, basket ['apple', 'pear']" in r.out,
           f"the child changes its own copy of the basket:\n{r.out}")
    codes = [int(c) for c in re.findall(r"^\d+: child \d+ ended with exit code (\d+)", r.out, re.M)]
    expect(codes == [3, 2, 1], f"os.wait() returns the children as they end, last started first: {codes}")
    wait = [e for e in r.spans("blocked") if "wait MainProcess" in json.dumps(e.get("args", {}))]
    expect(wait, "the parent's MainThread is blocked on 'wait MainProcess' on the timeline")
    bomb = Run("fork_basics", params={"EXIT_IN_CHILD": 0})
    expect(bomb.out.count("no more children") == 8, f"without os._exit every child forks too: 2**3 processes:\n{bomb.out}")
    expect(str(int(parent)) in r.out, "the parent's pid is printed")


CHECKS = {f.__name__: f for f in (producer_consumer, deadlock_two_locks, deadlock_fixed, dining_philosophers,
                                  pool_saturation, gil_cpu_bound, gil_io_bound, race_counter, pipe_ping_pong,
                                  queue_timeouts, daemon_and_join, process_vs_thread_memory,
                                  semaphore_and_condition, thread_pool_executor, generators_pipeline,
                                  subprocess_run, asyncio_gather, asyncio_blocking_call, greenlet_ping_pong,
                                  gevent_crawler, process_basics, thread_basics, process_thread_models,
                                  fork_basics)}

if __name__ == "__main__":
    CHECKS[NAME]()
    for failure in failures:
        print(f"FAIL {NAME}: {failure}")
    print(f"{NAME}: {'ok' if not failures else f'{len(failures)} failed'}")
    sys.exit(1 if failures else 0)
