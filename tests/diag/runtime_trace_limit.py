# A loop that sleeps forever records events forever: the trace limit stops it (exit code 4).
# interleave: max-trace-events=5000
import time
while True:
    time.sleep(0.001)
