import threading
import numpy as np

data = np.zeros(10)
