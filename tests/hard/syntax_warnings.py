x = 1if 1 else 2
print(x)
y = [0x1for i in "ab"]
print(y)
