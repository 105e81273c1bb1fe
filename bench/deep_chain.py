# Freeing a 4,000,000-deep nested list and a 2,000,000-long chain of instances: no stack overflow.
a = []
for i in range(4000000):
    a = [a]
del a
print("freed")
class N:
    pass
n = None
for i in range(2000000):
    m = N(); m.next = n; n = m
del n, m
print("chain freed")
