# Barrier(3, action): wait() returns distinct indices, the action runs once per round;
# a barrier that times out or is aborted is broken for everyone.
import threading

rounds = []
indices = []
lock = threading.Lock()
barrier = threading.Barrier(3, action=lambda: rounds.append(len(rounds) + 1))


def runner():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=runner) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
print("indices:", sorted(indices))
print("action ran for rounds:", rounds)

lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("timed out: BrokenBarrierError, broken =", lonely.broken)
lonely.reset()
print("after reset: broken =", lonely.broken)
lonely.abort()
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("aborted: BrokenBarrierError")
