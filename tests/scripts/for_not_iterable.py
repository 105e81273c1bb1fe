for x in [1, 2]:
    y = x
items = 5
for z in items:
    pass
