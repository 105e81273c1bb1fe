# sorted and list.sort are stable with keys
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [{'n': 'x', 'g': 2}, {'n': 'y', 'g': 1}, {'n': 'z', 'g': 2}, {'n': 'w', 'g': 1}]
records.sort(key=lambda r: r['g'])
print([r['n'] for r in records])
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
data.sort(key=lambda t: t[1])
data.sort(key=lambda t: t[0])
print(data)
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted((3, 1)), sorted({2: 'a', 1: 'b'}))
print(sorted([-3, 1, -2, 4], key=abs), sorted([1.5, 1, True, 0], key=float))
equal = [[1], [1], [1]]
result = sorted(equal, key=len)
print(all(a is b for a, b in zip(result, equal)))
