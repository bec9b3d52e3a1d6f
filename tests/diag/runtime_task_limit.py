# Starting threads in a loop is stopped by the task limit (exit code 4).
# interleave: max-tasks=20
import threading
while True:
    threading.Thread(target=print, args=("hi",)).start()
