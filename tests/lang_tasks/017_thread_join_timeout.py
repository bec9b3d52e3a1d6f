# join(timeout) returns None whether or not the thread ended: check is_alive(); daemon flags.
import threading

gate = threading.Event()


def wait_at_gate():
    gate.wait()


t = threading.Thread(target=wait_at_gate)
print("before start: alive", t.is_alive(), "ident is None", t.ident is None)
print("daemon by default:", t.daemon)
t.start()
print("join(0.05) returns:", t.join(0.05))
print("still alive after join(0.05):", t.is_alive())
gate.set()
t.join()
print("after join():", t.is_alive())
d = threading.Thread(target=wait_at_gate, daemon=True)
print("daemon=True:", d.daemon)
d.start()
d.join()
try:
    t.start()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    threading.Thread(target=wait_at_gate).join()
except RuntimeError as error:
    print("RuntimeError:", error)


def spawn_child(out):
    child = threading.Thread(target=wait_at_gate)
    out.append(child.daemon)


flags = []
parent = threading.Thread(target=spawn_child, args=(flags,), daemon=True)
parent.start()
parent.join()
print("a daemon thread's child is a daemon too:", flags)
