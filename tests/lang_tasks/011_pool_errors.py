# Pool: an exception in a job is re-raised by get(); error_callback receives it; map fails whole.
from multiprocessing import Pool


def check(n):
    if n == 3:
        raise ValueError(f"bad job {n}")
    return n


errors = []


def on_error(error):
    errors.append(repr(error))


if __name__ == "__main__":
    pool = Pool(2)
    h = pool.apply_async(check, (3,), error_callback=on_error)
    try:
        h.get()
    except ValueError as error:
        print("get() re-raised:", repr(error))
    print("successful:", h.successful())
    print("error_callback got:", errors)
    try:
        pool.map(check, range(6))
    except ValueError as error:
        print("map raised:", error)
    print("the pool still works:", pool.map(check, [0, 1, 2]))
    pool.close()
    try:
        pool.apply(check, (1,))
    except ValueError as error:
        print("after close():", error)
    pool.join()
