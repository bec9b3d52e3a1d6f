# Six 50 ms jobs on a pool of two workers: three rounds of two, about 150 ms.
from multiprocessing import Pool

from interleave import work


def job(n):
    work(50)
    return n


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(job, range(6)))
