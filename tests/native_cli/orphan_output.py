# A grandchild whose parent is terminated lives on (an orphan) and prints more lines; they come
# after what its parent passed on before it died and after the run's own line about it.
import multiprocessing as mp
import time


def grandchild():
    for i in range(3):
        time.sleep(0.5)
        print("grandchild tick", i, flush=True)
    print("grandchild done", flush=True)


def child():
    g = mp.Process(target=grandchild, name="G")
    g.start()
    time.sleep(30)


if __name__ == "__main__":
    c = mp.Process(target=child, name="C")
    c.start()
    time.sleep(0.75)
    c.terminate()
    c.join()
    print("C exit", c.exitcode, flush=True)
    time.sleep(1.5)
    print("main done")
