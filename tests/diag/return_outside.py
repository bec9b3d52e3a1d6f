import threading

counter = 0
for i in range(10):
    counter += i
return counter
