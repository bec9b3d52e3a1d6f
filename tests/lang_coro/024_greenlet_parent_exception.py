# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# greenlet: an uncaught exception goes to the parent; a greenlet returns to its parent,
# not to whoever switched to it; GreenletExit can be caught for clean-up.
from greenlet import GreenletExit, getcurrent, greenlet

main = getcurrent()


def fails():
    print("child running")
    raise ValueError("raised in the child")


g = greenlet(fails)
try:
    g.switch()
except ValueError as error:
    print("parent caught:", error)
print("child dead:", g.dead)


def inner():
    print("inner runs")
    return "inner's return value"


def outer():
    child = greenlet(inner, parent=main)
    print("outer switches to inner")
    value = child.switch()
    print("never printed:", value)


o = greenlet(outer)
print("main got:", o.switch())
print("outer still suspended:", not o.dead)
print("killing outer:", isinstance(o.throw(), GreenletExit), o.dead)


def catcher():
    try:
        main.switch("paused")
    except GreenletExit:
        print("catcher got GreenletExit")
        return "cleanup done"


c = greenlet(catcher)
print(c.switch())
print(c.throw())
print("catcher dead:", c.dead)
