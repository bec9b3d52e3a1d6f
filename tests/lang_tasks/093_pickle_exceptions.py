# Exception instances cross processes with their class by reference: builtin and user-defined
# exceptions, with args and extra attributes; `except` in the receiver catches them by class.
from multiprocessing import Pipe, Process, Queue


class JobFailed(Exception):
    pass


class RetryLater(JobFailed):
    def __init__(self, job, delay):
        super().__init__(job, delay)
        self.job = job
        self.delay = delay


def work(q):
    for job in range(4):
        try:
            if job == 1:
                raise ValueError(f"bad job {job}")
            if job == 2:
                raise RetryLater(job, 0.5)
            if job == 3:
                raise JobFailed("gave up", job)
            q.put(("ok", job))
        except Exception as e:
            q.put(("error", e))


def relay(conn):
    err = conn.recv()
    conn.send((type(err) is JobFailed, isinstance(err, Exception), err.args))
    conn.send(RetryLater("x", 2))
    conn.close()


if __name__ == "__main__":
    q = Queue()
    p = Process(target=work, args=(q,))
    p.start()
    for _ in range(4):
        status, value = q.get()
        if status == "ok":
            print("ok", value)
            continue
        try:
            raise value
        except RetryLater as e:
            print("retry:", e.job, e.delay, e.args, isinstance(e, JobFailed))
        except JobFailed as e:
            print("failed:", e.args, type(e) is JobFailed)
        except ValueError as e:
            print("value error:", e, type(e) is ValueError)
    p.join()

    a, b = Pipe()
    w = Process(target=relay, args=(b,))
    w.start()
    a.send(JobFailed("sent", 1))
    print("child saw:", a.recv())
    e = a.recv()
    print("from child:", type(e) is RetryLater, e.job, e.delay, str(e))
    w.join()
