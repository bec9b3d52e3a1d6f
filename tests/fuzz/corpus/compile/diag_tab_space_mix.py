import threading

def run():
	count = 0
        count += 1
	return count

threading.Thread(target=run).start()
