import time

print "starting"
time.sleep(1)
