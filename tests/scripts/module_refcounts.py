import sys
items = [1, 2, 3]
print(sys.getrefcount(items))
alias = items
print(sys.getrefcount(items))
holder = [items, items]
print(sys.getrefcount(items))
del holder
print(sys.getrefcount(items))
big = 10 ** 25
print(sys.getrefcount(big))
