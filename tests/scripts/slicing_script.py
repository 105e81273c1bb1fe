h = list(range(10))
print(h[2:5], h[::-2], h[-3:], h[:100])
h[1:3] = ['a', 'b', 'c']
print(h)
del h[::2]
print(h)
s = 'reference'
print(s[::-1], s[2:5])
