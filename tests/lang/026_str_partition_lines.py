# partition / rpartition / splitlines and line-oriented parsing.
print("key=value".partition("="))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=x".partition("="), "x=".partition("="))
text = "first line\nsecond line\r\nthird\n\nfifth"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "one".splitlines(), "trailing\n".splitlines(), "\n".splitlines())
print(text.split("\n"))
config = """
# comment line
host = example.org
port=8080
  debug = true
empty =
invalid line
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("skip:", repr(line))
        continue
    settings[key.strip()] = value.strip()
print(settings)
email = "user.name@mail.example.com"
user, _, domain = email.partition("@")
host, _, tld = domain.rpartition(".")
print(user, domain, host, tld)
log = "2024-01-05 ERROR disk full\n2024-01-05 INFO ok\n2024-01-06 ERROR net down"
errors = [ln.partition(" ERROR ")[2] for ln in log.splitlines() if " ERROR " in ln]
print(errors)
for n, ln in enumerate(log.splitlines(), 1):
    date, _, rest = ln.partition(" ")
    level, _, msg = rest.partition(" ")
    print(n, date, level.lower(), msg.upper())
