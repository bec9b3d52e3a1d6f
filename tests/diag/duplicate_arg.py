import threading

def transfer(src, dst, src):
    pass
