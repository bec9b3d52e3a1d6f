# JoinableQueue: workers call task_done() for every item; join() waits until all are done.
from multiprocessing import JoinableQueue, Process, Queue


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((n, n * 10))
        tasks.task_done()


if __name__ == "__main__":
    tasks = JoinableQueue()
    results = Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(9):
        tasks.put(n)
    tasks.join()
    print("all 9 tasks done")
    print(sorted([results.get() for _ in range(9)]))
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print("exitcodes", [w.exitcode for w in workers])
    try:
        tasks.task_done()
    except ValueError as error:
        print("ValueError:", error)
