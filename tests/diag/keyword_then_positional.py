import threading

t = threading.Thread(target=print, "hello")
t.start()
