import threading

for 1 in range(3):
    threading.Thread(target=print).start()
