from multiprocessing import Process

def work(n):
    print(n)

p = Process(target=work, args=(1,)
p.start()
p.join()
