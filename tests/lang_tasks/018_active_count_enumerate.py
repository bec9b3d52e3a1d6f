# active_count() and enumerate() while workers are parked on an Event; get_ident is an int.
import threading

parked = threading.Barrier(4)
release = threading.Event()
idents = []


def park():
    idents.append(threading.get_ident())
    parked.wait()
    release.wait()


print("alone:", threading.active_count(), [t.name for t in threading.enumerate()])
workers = [threading.Thread(target=park, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
parked.wait()
print("with workers:", threading.active_count())
print(sorted([t.name for t in threading.enumerate()]))
print("idents are ints:", [isinstance(i, int) for i in idents])
print("idents distinct:", len(set(idents)) == 3)
print("main ident differs:", threading.get_ident() not in idents)
print("ident matches:", workers[0].ident in idents)
release.set()
for w in workers:
    w.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
