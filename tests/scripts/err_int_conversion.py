raw = ['10', ' 20 ', '3_0', 'forty']
total = 0
for text in raw:
    n = int(text)
    total += n
    print(f'{text!r} -> {n}, running total {total}')
print(total)
