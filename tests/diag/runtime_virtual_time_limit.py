# A script that would sleep for an hour of virtual time stops at its declared --until (exit code 4).
# interleave: until=0.5
import time
for minute in range(60):
    time.sleep(60)
