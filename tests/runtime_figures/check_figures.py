#!/usr/bin/env python3
"""The figures the runtime issue promises, checked on `interleave run`'s --summary JSON.

usage: check_figures.py INTERLEAVE SCRIPTS_DIR CASE

Each CASE runs small scripts of tests/runtime_figures/scripts with given settings and asserts
on the summary (virtual time, GIL counters, pool and queue statistics, deadlock report), on the
exit code, or on the bytes of --trace files. It prints every measured figure, so a failing
ctest log says what was measured, not only that something was off.
"""
import json
import os
import subprocess
import sys
import tempfile

TIMEOUT_S = 25  # CTest gives each case 30 s


class Failure(Exception):
    pass


def run(exe, script, *args, summary=True, trace=None):
    """Runs one script; returns (exit code, stdout, stderr, summary dict or None)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, "run", script, *args]
        out_json = os.path.join(tmp, "summary.json")
        if summary:
            cmd += ["--summary", out_json]
        if trace:
            cmd += ["--trace", trace]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise Failure(f"timed out after {TIMEOUT_S} s: {' '.join(cmd)}")
        data = None
        if summary and os.path.exists(out_json):
            with open(out_json, encoding="utf-8") as f:
                data = json.load(f)
        print(f"$ {' '.join(cmd[1:])}\n  exit {p.returncode}" +
              (f", verdict {data['verdict']}, {data['virtual_time_ms']:.3f} ms" if data else ""))
        if p.stderr.strip():
            print("  stderr: " + p.stderr.strip().replace("\n", "\n          ")[:2000])
        return p.returncode, p.stdout, p.stderr, data


def expect(cond, message):
    if not cond:
        raise Failure(message)


def near(value, target, rel=0.10):
    return abs(value - target) <= rel * target


def ok_summary(exe, script, *args):
    code, _, _, data = run(exe, script, *args)
    expect(data is not None, f"{os.path.basename(script)} {' '.join(args)}: no summary written")
    expect(code == 0 and data["verdict"] == "ok",
           f"{os.path.basename(script)} {' '.join(args)}: exit {code}, verdict {data['verdict']} (want 0, ok)")
    return data


def case_gil_threads(exe, d):
    s = os.path.join(d, "two_threads_work.py")
    for gil, want in (("new", 200), ("old", 200), ("off", 100)):
        data = ok_summary(exe, s, "--gil", gil, "--cores", "4")
        t = data["virtual_time_ms"]
        print(f"  two threads x work(100), --gil {gil}: {t:.3f} ms (want {want} +-10%)")
        expect(near(t, want), f"--gil {gil}: {t:.3f} ms, want {want} +-10%")


def case_gil_processes(exe, d):
    s = os.path.join(d, "two_processes_work.py")
    for gil in ("new", "old", "off"):
        data = ok_summary(exe, s, "--gil", gil, "--cores", "4")
        t = data["virtual_time_ms"]
        print(f"  two processes x work(100), --gil {gil}: {t:.3f} ms (want 100 +-10%)")
        expect(near(t, 100), f"--gil {gil}: {t:.3f} ms, want 100 +-10%")


def main_gil(data):
    return next(g for g in data["gil"] if g["process"] == "MainProcess")


def case_false_alarms(exe, d):
    s = os.path.join(d, "cpu_beside_io.py")
    old = main_gil(ok_summary(exe, s, "--gil", "old"))
    new = main_gil(ok_summary(exe, s, "--gil", "new"))
    print(f"  false alarms: old {old['false_alarms']}, new {new['false_alarms']}; "
          f"GIL wait: old {old['wait_ms']:.3f} ms, new {new['wait_ms']:.3f} ms")
    expect(old["false_alarms"] > new["false_alarms"],
           f"false alarms old {old['false_alarms']} should exceed new {new['false_alarms']}")


def case_sleep(exe, d):
    data = ok_summary(exe, os.path.join(d, "two_threads_sleep.py"))
    t = data["virtual_time_ms"]
    print(f"  two threads x sleep(0.1): {t:.3f} ms (want 100 +-10%)")
    expect(near(t, 100), f"{t:.3f} ms, want 100 +-10%")
    sleeping = [x["sleeping_ms"] for x in data["tasks"] if x["kind"] == "thread" and x["name"] != "MainThread"]
    expect(len(sleeping) == 2 and all(near(v, 100) for v in sleeping), f"threads' sleeping_ms {sleeping}, want 100 each")


def case_pool(exe, d):
    data = ok_summary(exe, os.path.join(d, "pool_six_jobs.py"))
    t = data["virtual_time_ms"]
    pools = data["pools"]
    print(f"  Pool(2), 6 x work(50): {t:.3f} ms (want 150 +-10%), pools {pools}")
    expect(near(t, 150), f"{t:.3f} ms, want 150 +-10%")
    expect(len(pools) >= 1, "no pool in the summary")
    expect(pools[0]["workers"] == 2, f"workers {pools[0]['workers']}, want 2")
    expect(pools[0]["max_busy"] == 2, f"max_busy {pools[0]['max_busy']}, want 2 (never more, and both used)")


def case_queue(exe, d):
    data = ok_summary(exe, os.path.join(d, "bounded_queue.py"))
    queues = data["queues"]
    print(f"  queues {queues}")
    expect(len(queues) >= 1, "no queue in the summary")
    q = queues[0]
    expect(q["capacity"] == 3, f"capacity {q['capacity']}, want 3")
    expect(q["max_len"] <= 3, f"max_len {q['max_len']} exceeds maxsize 3")
    expect(q["puts"] == 21 and q["gets"] == 21, f"puts {q['puts']}, gets {q['gets']}, want 21 each")
    producer = next(x for x in data["tasks"] if x["name"] == "producer")
    print(f"  producer blocked {producer['blocked_ms']:.3f} ms, ran {producer['cpu_ms']:.3f} ms")
    expect(producer["blocked_ms"] > 50, f"producer blocked {producer['blocked_ms']:.3f} ms; it should wait on put()")
    _, _, err, _ = run(exe, os.path.join(d, "bounded_queue.py"), "--timeline", summary=False)
    row = next((line for line in err.splitlines() if line.strip().startswith("producer ")), "")
    expect(row.count("B") > 20, f"the producer's timeline row should be mostly B (blocked on put): {row}")


def case_deadlock(exe, d):
    code, _, err, data = run(exe, os.path.join(d, "two_locks_deadlock.py"))
    expect(code == 3, f"exit {code}, want 3")
    expect(data is not None and data["verdict"] == "deadlock", f"verdict {data and data['verdict']}, want deadlock")
    dl = data["deadlock"]
    print(f"  deadlock {dl}")
    expect(dl is not None and dl["cycle"], "the deadlock should be a wait-for cycle")
    expect(sorted(dl["tasks"]) == ["first", "second"], f"cycle tasks {dl['tasks']}, want first and second")
    lock_names = [x["name"] for x in data["locks"]]
    expect(len(lock_names) == 2 and sorted(dl["resources"]) == sorted(lock_names),
           f"cycle resources {dl['resources']}, want both locks {lock_names}")
    expect("deadlock" in err, "no deadlock report on stderr")


def case_deadlock_processes(exe, d):
    script = os.path.join(d, "two_processes_deadlock.py")
    reports = []
    for args in ([], ["--executor", "native"]):
        code, _, err, data = run(exe, script, *args)
        expect(code == 3, f"{args}: exit {code}, want 3")
        expect(data is not None and data["deadlock"] and data["deadlock"]["cycle"], f"{args}: no wait-for cycle")
        reports.append(err)
    # Each thread is named with its process; the native run's holders come from the child's events.
    expect("MainThread (child) waits for lock Lock-1 held by MainThread at line 7" in reports[0],
           "the report does not name the child's wait")
    expect("held by MainThread (child)" in reports[0], "the report does not name the child as a holder")
    expect(reports[0] == reports[1], "sim and native report the deadlock differently")


def same_trace_twice(exe, script, *args):
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, f"t{i}.json") for i in range(2)]
        for p in paths:
            run(exe, script, *args, summary=False, trace=p)
        blobs = [open(p, "rb").read() for p in paths]
    print(f"  {' '.join(args)}: {len(blobs[0])} and {len(blobs[1])} bytes")
    expect(len(blobs[0]) > 0, "empty trace")
    expect(blobs[0] == blobs[1], f"{' '.join(args)}: two runs gave different traces")


def case_determinism(exe, d):
    race = os.path.join(d, "race_counter.py")
    for args in (("--policy", "fifo"), ("--policy", "random", "--seed", "7"), ("--policy", "pct", "--seed", "7")):
        same_trace_twice(exe, race, "--gil", "off", *args)
        same_trace_twice(exe, os.path.join(d, "cpu_beside_io.py"), *args)
    with tempfile.TemporaryDirectory() as tmp:
        blobs, counts = [], []
        for seed in ("1", "2"):
            path = os.path.join(tmp, f"s{seed}.json")
            _, out, _, _ = run(exe, race, "--gil", "off", "--policy", "random", "--seed", seed, summary=False, trace=path)
            blobs.append(open(path, "rb").read())
            counts.append(out.strip())
    print(f"  random seeds 1 and 2 printed {counts}")
    expect(blobs[0] != blobs[1], "seeds 1 and 2 gave the same trace of a racy script")


def case_exit_codes(exe, d):
    code, out, _, data = run(exe, os.path.join(d, "hello.py"))
    expect(code == 0 and data["verdict"] == "ok", f"hello.py: exit {code}, want 0")
    expect(out == "hello from greeter\ndone\n", f"hello.py printed {out!r}")
    code, _, err, data = run(exe, os.path.join(d, "main_raises.py"))
    expect(code == 1 and data["verdict"] == "error", f"main_raises.py: exit {code}, verdict {data and data['verdict']}")
    expect("ValueError: boom" in err, "no traceback on stderr")
    code, _, _, _ = run(exe, os.path.join(d, "hello.py"), "--policy", "bogus", summary=False)
    expect(code == 2, f"--policy bogus: exit {code}, want 2")
    code, _, _, data = run(exe, os.path.join(d, "endless.py"), "--until", "0.05")
    expect(code == 4 and data["verdict"] == "limit", f"--until on an endless loop: exit {code}, want 4")
    print(f"  --until 0.05 stopped at {data['virtual_time_ms']:.3f} ms")
    expect(near(data["virtual_time_ms"], 50), f"--until 0.05 stopped at {data['virtual_time_ms']} ms")


def case_outputs(exe, d):
    # --summary - comes after the script's own output on stdout; --timeline goes to stderr.
    p = subprocess.run([exe, "run", os.path.join(d, "two_threads_work.py"), "--summary", "-", "--timeline"],
                       capture_output=True, text=True, timeout=TIMEOUT_S)
    expect(p.returncode == 0, f"exit {p.returncode}")
    data = json.loads(p.stdout)
    for key in ("verdict", "virtual_time_ms", "steps", "instructions", "seed", "policy", "cores", "gil_mode",
                "tasks", "queues", "locks", "gil", "pools", "deadlock"):
        expect(key in data, f"summary lacks '{key}'")
    for t in data["tasks"]:
        for key in ("name", "kind", "pid", "state", "cpu_ms", "ready_ms", "blocked_ms", "sleeping_ms", "switches"):
            expect(key in t, f"task lacks '{key}'")
    threads = [t for t in data["tasks"] if t["kind"] == "thread" and t["name"] != "MainThread"]
    cpu = [t["cpu_ms"] for t in threads]
    expect(len(cpu) == 2 and all(near(c, 100, 0.05) for c in cpu), f"threads' cpu_ms {cpu}, want 100 each")
    print(p.stderr)
    expect("legend:" in p.stderr and "MainThread" in p.stderr, "no timeline on stderr")
    rows = [line for line in p.stderr.splitlines() if "|" in line and "(burn)" in line]
    expect(len(rows) == 2 and all("R" in r and "G" in r for r in rows),
           "each worker's row should show running (R) and waiting for the GIL (G)")
    hello = subprocess.run([exe, "run", os.path.join(d, "hello.py"), "--summary", "-"],
                           capture_output=True, text=True, timeout=TIMEOUT_S)
    expect(hello.stdout.startswith("hello from greeter\ndone\n{"), "the summary must follow the script's output")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        print(__doc__ + "\ncases: " + ", ".join(CASES), file=sys.stderr)
        return 2
    exe, scripts, case = sys.argv[1:]
    try:
        CASES[case](exe, scripts)
    except Failure as e:
        print(f"FAIL {case}: {e}")
        return 1
    print(f"ok {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
