# ProcessPoolExecutor: submit, map (input order), as_completed (sorted), exceptions come back.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait


def cube(n):
    return n ** 3


def check_positive(n):
    if n < 0:
        raise ValueError(f"{n} is negative")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("submit:", pool.submit(cube, 3).result())
        print("map:", list(pool.map(cube, range(6))))
        futures = [pool.submit(cube, n) for n in [4, 2, 5, 1]]
        print("as_completed:", sorted([f.result() for f in as_completed(futures)]))
        done, pending = wait(futures)
        print("wait:", len(done), len(pending))
        bad = pool.submit(check_positive, -2)
        try:
            bad.result()
        except ValueError as error:
            print("ValueError from the worker:", error)
        try:
            list(pool.map(check_positive, [1, -1, 2]))
        except ValueError as error:
            print("map raised:", error)
    print("done")
