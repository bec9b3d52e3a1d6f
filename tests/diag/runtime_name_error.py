# A misspelled name is a NameError at run time.
count = 3
for i in range(cuont):
    print(i)
