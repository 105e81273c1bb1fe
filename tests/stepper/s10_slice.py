# Notes, section 10: a slice is a new list.
h1 = [1, 2, 3, 4, 5]
h2 = h1[0:3]
print(h1 is h2, h2)
