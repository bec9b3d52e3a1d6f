import threading

lock = threading.Lock()
lock.acquire() = True
