"""Producer and consumer.

The producer puts items on a queue and the consumer takes them off.

from queue import Queue
q = Queue()
