# finally with return, break and continue; order of side effects.
log = []

def f1():
    try:
        log.append("f1 try")
        return "from try"
    finally:
        log.append("f1 finally")

def f2():
    try:
        return "from try"
    finally:
        return "from finally"

def f3():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins over exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        log.append(f"f4 x set to {x}")

print(f1(), log)
print(f2())
print(f3())
print(f4(), log)

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"fin{i}")
    return out

print(loop_with_finally())

def nested():
    order = []
    try:
        try:
            order.append("inner try")
            raise KeyError("k")
        finally:
            order.append("inner finally")
    except KeyError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order

print(nested())

def with_else(flag):
    try:
        if flag:
            raise RuntimeError("flag")
    except RuntimeError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", flag)

print(with_else(True), with_else(False))
