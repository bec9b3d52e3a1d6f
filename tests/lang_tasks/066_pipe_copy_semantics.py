# Connection.send pickles at once: later changes by the sender are not seen, every recv()
# gives a new object, and sharing inside one message survives (pickle's memo).
from multiprocessing import Pipe

a, b = Pipe()
data = {"k": [1, 2]}
a.send(data)
data["k"].append(3)
a.send(data)
x = b.recv()
y = b.recv()
print(x, y, x is y, x is data, y == data)
shared = [0]
a.send((shared, shared, [0]))
r = b.recv()
print(r, r[0] is r[1], r[0] is r[2])
print("poll:", b.poll(), b.poll(0.01))
b.send("back")
print("poll(None):", a.poll(None), a.recv())
for n in range(3):
    b.send(n * n)
print([a.recv() for _ in range(3)], a.poll())
a.close()
b.close()
print(a.closed, b.closed)
try:
    a.send(1)
except OSError as error:
    print("OSError:", error)
