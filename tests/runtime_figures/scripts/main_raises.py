# An uncaught exception in the main thread: exit code 1.
print("before")
raise ValueError("boom")
