i = 0
limit_value = 2
while i < limit_value:
    i = i + 1
    if i == 2:
        del limit_value
for x in [1, 2]:
    y = x
    items = 5
for z in items:
    pass
