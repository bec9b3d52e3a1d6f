# The first line must reach the reader of `interleave run`'s stdout ~2 s before the second.
import time
print("first")
time.sleep(2)
print("second")
