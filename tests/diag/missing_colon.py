import threading

def worker(n)
    print("worker", n)

t = threading.Thread(target=worker, args=(1,))
t.start()
