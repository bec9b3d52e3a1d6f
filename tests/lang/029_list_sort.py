# sort / sorted with key= and reverse=, stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
print(sorted([3.5, -1, 2, 0.25]), sorted("sorting"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
scores = {"ann": 88, "bob": 95, "cid": 70, "dee": 95}
ranking = sorted(scores, key=lambda name: scores[name], reverse=True)
print(ranking)
for rank, name in enumerate(ranking, start=1):
    print(rank, name, scores[name])
data = [3, 1, 2]
result = data.sort()
print(result, data)
orig = [4, 3, 2, 1]
new = sorted(orig)
print(orig, new)
print(sorted([], reverse=True), sorted([1]))
print(sorted([True, False, 2, -1, 0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
records = ["b2", "a10", "a2", "b1", "a1"]
print(sorted(records, key=lambda r: (r[0], int(r[1:]))))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
