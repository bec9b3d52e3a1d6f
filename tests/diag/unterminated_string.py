import threading

def greet():
    print("hello from a thread)

threading.Thread(target=greet).start()
