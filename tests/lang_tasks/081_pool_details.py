# Pool details: initializer (its globals are the worker's), functions sent by reference,
# maxtasksperchild replacing workers, get(timeout) raising multiprocessing.TimeoutError,
# successful() before ready, imap's StopIteration, empty maps, argument checks, Value/Array.
import multiprocessing as mp
import time


def remember(x):
    global SETTING
    SETTING = x


def read_setting(n):
    return (SETTING, n)


def count_calls(n):
    global calls
    calls += 1
    return calls


calls = 0

if __name__ == "__main__":
    with mp.Pool(2, initializer=remember, initargs=("from initializer",)) as pool:
        print(pool.map(read_setting, range(4)))
        print(pool.starmap(divmod, [(7, 2), (9, 3)]))
        r = pool.apply_async(time.sleep, (0.5,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError:
            print("multiprocessing.TimeoutError; ready:", r.ready())
        try:
            r.successful()
        except ValueError as error:
            print("ValueError:", str(error).endswith("not ready"))
        print(pool)
    pool = mp.Pool(1, maxtasksperchild=2)
    print("calls per worker:", pool.map(count_calls, range(6), chunksize=1))
    it = pool.imap(count_calls, range(3))
    print(next(it), next(it), next(it))
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
    print("empty:", pool.map(count_calls, []), pool.map_async(count_calls, [], callback=print).get())
    print("chunked imap:", list(pool.imap(abs, [-1, -2, -3], chunksize=2)))
    try:
        pool.join()
    except ValueError as error:
        print("ValueError:", error)
    pool.close()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as error:
        print("ValueError:", error)
    v = mp.Value("i", 5)
    a = mp.Array("d", [1.5, 2.5])
    print(v, v.value, a[:], len(a), a[1], list(a))
    print(mp.RawValue("d", 2.5), mp.Value("i", 1, lock=False))
