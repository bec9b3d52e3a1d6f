# `raise ... from ...` shows the cause with "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


port("80a")
