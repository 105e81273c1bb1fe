items = [1, 2, 3]
total = sum(i * 2 for i in items)
print(total)
result = {k: v for k, v in zip('abc', items)}
print(result)
print(result['d'])
