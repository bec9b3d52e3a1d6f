# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# greenlet: values travel with switch(): none -> (), one -> that value, several -> a tuple;
# the first switch() passes the arguments of run(); run's return value goes to the parent.
from greenlet import getcurrent, greenlet

seen = []


def f(x, y):
    seen.append(("started with", x, y))
    seen.append(("got", getcurrent().parent.switch()))
    seen.append(("got", getcurrent().parent.switch(42)))
    return 44, "z"


g = greenlet(f)
print(g.switch(40, "x"))
print(g.switch(41, "y"))
print(g.switch(43))
print(seen)
print("dead:", g.dead)
print(greenlet(lambda: 45).switch())
print(greenlet(lambda: None).switch())
print(greenlet(lambda a, b=0: a + b).switch(1, b=2))
print("switching to a dead greenlet goes to its parent:", g.switch("hello"))
