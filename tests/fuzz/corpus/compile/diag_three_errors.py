from queue import Queue

q = Queue(maxsize = )
if q.empty()
    print("empty")
print("size:" q.qsize())
