def work(ms, /, label="task"):
    print(label, ms)
