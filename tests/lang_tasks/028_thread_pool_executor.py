# ThreadPoolExecutor: submit/result/done, map keeps order, as_completed (sorted), wait, with.
import threading
import time
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, as_completed, wait


def slow_double(n, delay):
    time.sleep(delay)
    return n * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    f = pool.submit(slow_double, 21, 0.01)
    print("result:", f.result(), "done:", f.done(), "running:", f.running())
    print("map:", list(pool.map(slow_double, [1, 2, 3, 4], [0.03, 0.01, 0.02, 0.0])))
    futures = [pool.submit(slow_double, n, 0.01 * (5 - n)) for n in range(5)]
    print("as_completed (sorted):", sorted([f.result() for f in as_completed(futures)]))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print("wait:", len(done), "done,", len(not_done), "not done")
    print("in submission order:", [f.result() for f in futures])
    names = list(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(3)))
    print("worker thread names start with:", sorted(set(names)))

pool = ThreadPoolExecutor(max_workers=2)
later = [pool.submit(slow_double, n, 0.01) for n in range(4)]
pool.shutdown(wait=True)
print("after shutdown(wait=True):", [f.done() for f in later], [f.result() for f in later])
try:
    pool.submit(slow_double, 1, 0)
except RuntimeError as error:
    print("RuntimeError:", error)
