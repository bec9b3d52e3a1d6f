import threading

def make_worker():
    def work():
        nonlocal total
        total += 1
    return work
