# Keyword arguments, keyword-only arguments, **kwargs, call-site ** unpacking.


def make_user(name, age, *, admin=False, tags=()):
    role = "admin" if admin else "user"
    return f"{name}({age}) {role} {list(tags)}"


print(make_user("ann", 31))
print(make_user("bob", age=25, admin=True))
print(make_user(age=40, name="cid", tags=("x", "y")))


def config(**options):
    for key, value in options.items():
        print(f"  {key} = {value!r}")
    return len(options)


print(config(host="localhost", port=8080, debug=True))
print(config())
settings = {"retries": 3, "timeout": 2.5}
print(config(**settings, verbose=False))


def point(x, y, z=0):
    return (x, y, z)


coords = {"x": 1, "y": 2}
print(point(**coords), point(**coords, z=3), point(*[4, 5], **{"z": 6}))


def kw_only(*, a, b=2):
    return a + b


print(kw_only(a=1), kw_only(b=10, a=5))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, 2, w=3)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, 2, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


def wrapper(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return point(*args, **kwargs)


print(wrapper(7, y=8))
print(wrapper(1, 2, 3))


def order(first, second, *rest, last="end", **named):
    return [first, second, rest, last, sorted(named.items())]


print(order(1, 2))
print(order(1, 2, 3, 4, last="L", b=1, a=2))
