from multiprocessing import Pipe

parent, child = Pipe()
parent.send(b"ping")
print(child.recv())
