import threading

try:
    lock = threading.Lock()
print("created")
