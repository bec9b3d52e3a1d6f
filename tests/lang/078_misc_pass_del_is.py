# pass, del of names, is / is not, identity versus equality.


def todo():
    pass


class Placeholder:
    pass


for _ in range(2):
    pass
if True:
    pass
print(todo(), isinstance(Placeholder(), Placeholder))
temp = 42
print(temp)
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
items = [1, 2, 3, 4]
del items[1], items[0]
print(items)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
x = None
print(x is None, x is not None, None is None)
lst1 = [1, 2]
lst2 = [1, 2]
lst3 = lst1
print(lst1 == lst2, lst1 is lst2, lst1 is lst3, lst1 is not lst2)
lst3.append(3)
print(lst1, lst2)
print(True is True, False is not True)
empty_a = []
empty_b = []
print(empty_a is empty_b, empty_a == empty_b)


def default_none(arg=None):
    if arg is None:
        return "no arg"
    return f"arg {arg!r}"


print(default_none(), default_none(0), default_none(""), default_none(None))
sentinel = Placeholder()
print(sentinel is sentinel, sentinel is Placeholder())
result = []
for v in [0, None, "", False, []]:
    result.append("None" if v is None else "falsy")
print(result)


def f():
    local = "value"
    del local
    try:
        return local
    except UnboundLocalError:
        return "deleted local"


print(f())
del d
try:
    d
except NameError as e:
    print("after del:", e)
