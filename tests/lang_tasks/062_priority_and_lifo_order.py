# PriorityQueue follows heapq (ties between equal keys come out in heapq's order, not always
# insertion order); LifoQueue is a stack; the `queue` attribute shows the storage order.
import queue


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return "Job(%d, %s)" % (self.priority, self.name)


pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1, 2, 3, 1]):
    pq.put(Job(p, "j%d" % i))
print("heap order:", list(pq.queue))
print([pq.get() for _ in range(10)])

nums = queue.PriorityQueue()
for n in [5, 3.5, 8, -1, 3.5, 0, 12, 7]:
    nums.put(n)
print(list(nums.queue))
print([nums.get_nowait() for _ in range(nums.qsize())])

mixed = queue.PriorityQueue()
mixed.put(1)
try:
    mixed.put("one")
except TypeError as error:
    print("TypeError:", error)
print("qsize after failed put:", mixed.qsize())

stack = queue.LifoQueue()
for word in "to be or not".split():
    stack.put(word)
print(list(stack.queue), stack.qsize())
print(stack.get(), stack.get(), stack.get_nowait(), stack.get(block=False))
print(stack.empty())
