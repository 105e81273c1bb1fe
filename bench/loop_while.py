# Counting while loop: plain integer while loop at module level.
i = 0
total = 0
while i < 8000000:
    total = total + i
    i = i + 1
print(i, total)
