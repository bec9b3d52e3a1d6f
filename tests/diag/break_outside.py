import time

def poll(ready):
    if ready:
        break
    time.sleep(0.1)
