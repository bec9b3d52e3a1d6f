# Pool as a context manager (its __exit__ calls terminate()); terminate() then join().
import time
from multiprocessing import Pool


def slow_square(n):
    time.sleep(0.01)
    return n * n


if __name__ == "__main__":
    with Pool(3) as pool:
        print(pool.map(slow_square, range(6)))
        pending = pool.map_async(slow_square, range(3))
        print(pending.get(timeout=5))
    print("left the with block")
    pool = Pool(2)
    print(pool.apply(slow_square, (4,)))
    pool.terminate()
    pool.join()
    try:
        pool.apply(slow_square, (5,))
    except ValueError as error:
        print("after terminate():", error)
