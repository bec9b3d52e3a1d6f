import threading

def worker(n)
    print("worker", n)

threads = []
for i in range(4):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t
for t in threads:
    t.start()
