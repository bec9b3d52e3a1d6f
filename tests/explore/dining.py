# Dining philosophers for the explorer's tests and benchmark (issue 7): five philosophers, one
# meal each, no sleeps. Each takes the left fork, then the right one. The deadlock (everybody
# holds a left fork) needs an unlucky schedule. Tests substitute PHILOSOPHERS and ONE_LEFTY (the
# last philosopher takes the right fork first: the ring of waiters can no longer close).
import threading

PHILOSOPHERS = 5
ONE_LEFTY = 0

forks = [threading.Lock() for _ in range(PHILOSOPHERS)]
meals = [0] * PHILOSOPHERS


def philosopher(seat):
    first, second = seat, (seat + 1) % PHILOSOPHERS
    if ONE_LEFTY and seat == PHILOSOPHERS - 1:
        first, second = second, first
    forks[first].acquire()
    forks[second].acquire()
    meals[seat] += 1
    forks[second].release()
    forks[first].release()


diners = [threading.Thread(target=philosopher, args=(seat,), name=f"P{seat}") for seat in range(PHILOSOPHERS)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("meals:", meals)
