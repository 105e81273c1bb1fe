# 100,000 suspended generators: peak RSS against python3.11 (/usr/bin/time -v).
def g(i):
    x = i
    yield x
    yield x + 1
gens = [g(i) for i in range(100000)]
total = 0
for q in gens:
    total += next(q)
print(total)
import sys
print(sys.getsizeof(gens[0]))
total = 0
for q in gens:
    total += next(q)
print(total)
