café = "crème brûlée"
naïve = café.upper() café.lower()
print(naïve)
