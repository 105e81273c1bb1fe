def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)


for i in range(1, 21):
    print(fizzbuzz(i))

line = ' '.join(fizzbuzz(i) for i in range(1, 16))
print(line)
counts = {}
for i in range(1, 101):
    word = fizzbuzz(i)
    if not word.isdigit():
        counts[word] = counts.get(word, 0) + 1
print(counts)
