scores = {'ann': [88, 92, 79], 'bob': [65, 70, 58], 'cy': [95, 99, 100], 'dee': [72, 85, 90]}

count = sum(len(v) for v in scores.values())
total = sum(sum(v) for v in scores.values())
print('count', count, 'mean', round(total / count, 2))
print('max', max(max(v) for v in scores.values()))
print('min', min(min(v) for v in scores.values()))
print('anyone perfect?', any(100 in v for v in scores.values()))
print('all passed?', all(min(v) >= 60 for v in scores.values()))
averages = {name: sum(v) / len(v) for name, v in scores.items()}
for name in sorted(averages, key=averages.get, reverse=True):
    print(f'{name:<4}{averages[name]:7.2f}')
best = max(scores, key=lambda n: averages[n])
print('best:', best)
values = sorted(x for v in scores.values() for x in v)
mid = len(values) // 2
median = (values[mid - 1] + values[mid]) / 2 if len(values) % 2 == 0 else values[mid]
print('median', median)
mean = total / count
var = sum((x - mean) ** 2 for x in values) / count
print('variance', round(var, 3))
print('above mean', sorted(n for n, a in averages.items() if a > mean))
