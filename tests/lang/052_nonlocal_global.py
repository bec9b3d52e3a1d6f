# global and nonlocal declarations; local shadowing; UnboundLocalError.
counter = 0
name = "module"

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print("counter", counter)

def shadow():
    name = "local"
    return name

print(shadow(), name)

def set_global():
    global created_later
    created_later = "made inside a function"

set_global()
print(created_later)

def outer():
    level = 1

    def middle():
        nonlocal level
        level += 10

        def inner():
            nonlocal level
            level *= 2
        inner()
    middle()
    middle()
    return level

print("outer", outer())

def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

broken()
total = 100

def read_only():
    return total + 1

print(read_only())

def make():
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        return state["calls"]
    return call

f = make()
f()
print(f(), f())
x = "global x"

def scopes():
    x = "enclosing x"

    def show():
        return x
    return show()

print(scopes(), x)
