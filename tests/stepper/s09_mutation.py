# Notes, section 9: mutation changes the content, not the count.
l1 = [1, 2, 3]
l2 = l1
l1[0] = 44
print(l2)
