import gc

def pair(label):
    first = [label]
    second = [first]
    first.append(second)
    return len(first)

names = ['ann', 'bob']
alias = names
size = pair('cycle')
del alias
print(gc.collect())
