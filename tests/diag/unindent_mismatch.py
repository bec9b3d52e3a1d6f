import threading

lock = threading.Lock()

def deposit(account, amount):
        with lock:
            account["balance"] += amount
    return account
