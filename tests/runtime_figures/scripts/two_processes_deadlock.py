# Two processes, each holding the multiprocessing.Lock the other waits for: a wait-for cycle
# across processes, which the sim and the native executor report alike.
import multiprocessing as mp
def child(a, b, ready):
    b.acquire()
    ready.set()
    a.acquire()
    print("never")
if __name__ == "__main__":
    a, b, ready = mp.Lock(), mp.Lock(), mp.Event()
    a.acquire()
    p = mp.Process(target=child, args=(a, b, ready), name="child")
    p.start()
    ready.wait()
    b.acquire()
    print("never")
