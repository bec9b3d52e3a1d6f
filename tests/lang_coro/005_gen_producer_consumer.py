# A producer pushing items into a consumer coroutine with send(); the consumer keeps state.
def consumer(capacity):
    basket = []
    status = "ready"
    while True:
        item = yield status
        if item is None:
            break
        basket.append(item)
        status = "full" if len(basket) >= capacity else f"{len(basket)}/{capacity}"
        if len(basket) >= capacity:
            print("  consumer empties", basket)
            basket = []
    print("  consumer stops with", basket)


def producer(sink, items):
    print("consumer says", next(sink))
    for item in items:
        print(f"produce {item!r} -> consumer says", sink.send(item))
    try:
        sink.send(None)
    except StopIteration:
        print("consumer finished")


producer(consumer(3), ["apple", "pear", "plum", "fig", "kiwi"])
