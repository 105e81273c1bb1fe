rows = [
    ('Widget', 4, 3.5),
    ('Gadget', 12, 10.0),
    ('Thingamajig', 1, 199.99),
    ('Doohickey', 250, 0.05),
]
headers = ('Item', 'Qty', 'Price', 'Total')
w = max(len(r[0]) for r in rows)
print(f'{headers[0]:<{w}} | {headers[1]:>5} | {headers[2]:>8} | {headers[3]:>10}')
print('-' * (w + 34))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<{w}} | {qty:>5} | {price:>8.2f} | {total:>10,.2f}')
print('=' * (w + 34))
print(f'{"TOTAL":<{w}} | {sum(r[1] for r in rows):>5} | {"":>8} | {grand:>10,.2f}')
print(f'{"centered":^{w + 34}}|')
print(f'{0.1234:.1%} {1234567:,} {255:#06x} {7:03d} {-5:+d}')
