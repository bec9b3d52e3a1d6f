# Ends normally: exit code 0.
import threading


def hi():
    print("hello from", threading.current_thread().name)


t = threading.Thread(target=hi, name="greeter")
t.start()
t.join()
print("done")
