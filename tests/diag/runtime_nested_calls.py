# An uncaught exception raised three calls deep: the traceback lists every frame.
def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


def main():
    values = load(["1", "2", "three"])
    print(values)


main()
