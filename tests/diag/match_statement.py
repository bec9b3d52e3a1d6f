def describe(state):
    match state:
        case "ready":
            return "waiting for a CPU"
        case _:
            return "other"
