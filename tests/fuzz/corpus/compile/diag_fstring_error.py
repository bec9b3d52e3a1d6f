import threading

name = threading.current_thread().name
print(f"running in {name} with id {threading.get_ident() +}")
