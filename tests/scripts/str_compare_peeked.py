# Comparisons of strs held by names, constants and items: every operator, by code point,
# `in` as a substring, in conditions and as values.
words = ["", "a", "b", "ab", "abc", "B", "é", "ÿ", "\uffff", "\U00010000", "abcdefgh", "abcdefghi", "x" * 300]
for x in words:
    row = []
    for y in words:
        row.append("".join("1" if c else "0" for c in (x == y, x != y, x < y, x <= y, x > y, x >= y, x in y, x not in y)))
    print(repr(x)[:12], " ".join(row))
count = 0
for i in range(len(words)):
    for j in range(len(words)):
        if words[i] < words[j]:
            count += 1
        if words[i] in words[j] and words[i] != words[j]:
            count += 100
print(count)
s = "hello world"
vowels = 0
for ch in s:
    if ch in "aeiou":
        vowels += 1
    elif ch == " ":
        vowels -= 10
print(vowels, "lo" in s, "low" in s, s < "help", "b" > "a" and s >= s)
other = "x"
print(s is s, s is not other, [1] == "x", "x" == 1, "1" < "10" < "9")
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
