# exitcode: 0 after a normal end (the return value is dropped), 1 after an uncaught exception.
# The child's traceback goes to stderr; only stdout is compared.
from multiprocessing import Process


def fine():
    return 42


def broken():
    raise ValueError("something went wrong in the child")


def lookup():
    return {}["missing"]


if __name__ == "__main__":
    for label, target in [("fine", fine), ("broken", broken), ("lookup", lookup)]:
        p = Process(target=target)
        p.start()
        p.join()
        print(label, "exitcode", p.exitcode)
    print("the parent carries on")
