import time

start = time.time())
print(time.time() - start)
