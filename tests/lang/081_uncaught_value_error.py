# Ends with an uncaught ValueError raised three calls deep; finally blocks still run.


def parse_record(line):
    name, qty = line.split(":")
    return name.strip(), parse_qty(qty)


def parse_qty(text):
    value = int(text)
    if value < 0:
        raise ValueError(f"bad value: {value}")
    return value


def load(lines):
    out = {}
    for line in lines:
        try:
            name, qty = parse_record(line)
        finally:
            print("processed", repr(line))
        out[name] = qty
        print("  stored", name, qty)
    return out


ok = load(["apple: 3", "pear: 10"])
print(ok)
try:
    load(["fig: x"])
except ValueError as e:
    print("handled:", e)
print("now a record that is not handled")
result = load(["plum: 4", "kiwi: -2", "never: 1"])
print("not reached", result)
