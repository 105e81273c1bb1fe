def describe(count):
    label = 'items: '
    print(label + str(count))
    return 1 + label


values = [3, 'x']
print(len(values))
result = describe(len(values))
print(result)
