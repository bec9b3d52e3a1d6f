from queue import Queue

q = Queue()
while (item := q.get()) is not None:
    print(item)
