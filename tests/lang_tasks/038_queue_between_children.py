# Two children talk through a Queue; the consumer reports back to the parent over a Pipe.
from multiprocessing import Pipe, Process, Queue


def produce(q):
    for n in range(1, 11):
        q.put(n)
    q.put(None)


def consume(q, conn):
    total = 0
    count = 0
    while True:
        n = q.get()
        if n is None:
            break
        total += n
        count += 1
    conn.send({"count": count, "total": total})
    conn.close()


if __name__ == "__main__":
    q = Queue(3)
    here, there = Pipe()
    consumer = Process(target=consume, args=(q, there))
    producer = Process(target=produce, args=(q,))
    consumer.start()
    producer.start()
    print(here.recv())
    producer.join()
    consumer.join()
    print([producer.exitcode, consumer.exitcode])
