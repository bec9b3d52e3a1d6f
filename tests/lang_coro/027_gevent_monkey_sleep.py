# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# gevent.monkey.patch_all() makes time.sleep cooperative: the naps overlap.
from gevent import monkey

monkey.patch_all()

import time

import gevent

log = []


def napper(name, seconds):
    log.append(f"{name} naps")
    time.sleep(seconds)
    log.append(f"{name} wakes")


gevent.joinall([gevent.spawn(napper, "long", 0.03), gevent.spawn(napper, "short", 0.01)])
for line in log:
    print(line)
