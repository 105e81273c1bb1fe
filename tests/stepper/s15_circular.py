# Notes, section 15: two lists holding each other outlive their names until gc runs.
import gc
a = []
b = []
a.append(b)
b.append(a)
del a
del b
print(gc.collect())
