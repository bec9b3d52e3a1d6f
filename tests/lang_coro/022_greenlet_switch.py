# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# greenlet: explicit switches between two greenlets; a finished greenlet returns to its parent;
# throw() with no argument kills a suspended greenlet with GreenletExit.
from greenlet import GreenletExit, getcurrent, greenlet


def test1():
    print(12)
    gr2.switch()
    print(34)


def test2():
    print(56)
    gr1.switch()
    print(78)


main = getcurrent()
gr1 = greenlet(test1)
gr2 = greenlet(test2)
print("before:", gr1.dead, bool(gr1), gr1.parent is main)
gr1.switch()
print("back in main:", gr1.dead, gr2.dead, bool(gr2))
result = gr2.throw()
print("throw() returned a GreenletExit:", isinstance(result, GreenletExit))
print("gr2 dead now:", gr2.dead)
print("main's parent:", main.parent)
