# An exception raised while handling another one: both are shown, the first one first.
def read_config(settings):
    try:
        return settings["port"]
    except KeyError:
        raise RuntimeError("no port configured")


read_config({})
