# Pool: apply (blocking), apply_async + callback, map, starmap, imap, imap_unordered.
from multiprocessing import Pool


def square(n):
    return n * n


def power(base, exp):
    return base ** exp


collected = []


def on_result(value):
    collected.append(value)


if __name__ == "__main__":
    pool = Pool(2)
    print("apply:", pool.apply(square, (9,)))
    print("apply kwds:", pool.apply(power, (), {"base": 2, "exp": 10}))
    handles = [pool.apply_async(square, (n,), callback=on_result) for n in range(6)]
    print("get:", [h.get() for h in handles])
    print("callbacks (sorted):", sorted(collected))
    print("ready/successful:", handles[0].ready(), handles[0].successful())
    print("map:", pool.map(square, range(8)))
    print("map chunksize=3:", pool.map(square, [5, 6, 7, 8, 9], chunksize=3))
    print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
    print("imap:", list(pool.imap(square, range(5))))
    print("imap_unordered (sorted):", sorted(pool.imap_unordered(square, range(5))))
    print("map_async:", pool.map_async(square, [1, 2, 3]).get(timeout=5))
    print("starmap_async:", pool.starmap_async(power, [(5, 2)]).get())
    pool.close()
    pool.join()
    print("closed and joined")
