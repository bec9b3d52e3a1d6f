from threading import *

t = Thread(target=print, args=("hi",))
t.start()
