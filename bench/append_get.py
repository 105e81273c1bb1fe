# list.append and dict.get in a loop: the commonest method calls.
out = []
d = {}
for i in range(1000000):
    out.append(i)
    d.get(i, 0)
print(len(out))
