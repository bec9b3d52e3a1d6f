# List slicing, slice assignment and del of items and slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[7:2:-2], a[-2:-8:-3])
print(a[3:3], a[8:2], a[100:], a[-100:2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-2:] = "QR"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
print(a)
del a[-1]
print(a)
del a[2:5]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
m = [1, 2, 3, 4, 5, 6]
m[1:5:2] = ["b", "d"]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    print(m[10])
except IndexError as e:
    print("IndexError:", e)
try:
    m[10] = 1
except IndexError as e:
    print("IndexError:", e)
window = [4, 8, 15, 16, 23, 42]
for i in range(len(window) - 2):
    chunk = window[i:i + 3]
    print(i, chunk, sum(chunk))
rot = [1, 2, 3, 4, 5]
k = 2
print(rot[k:] + rot[:k], rot[-k:] + rot[:-k])
half = len(rot) // 2
print(rot[:half], rot[half:])
s = "slicing"
print(s[1:-1], s[-1::-2], list(s[::3]))
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-1], t[:0])
