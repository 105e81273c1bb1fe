inventory = {
    'apple': {'price': 0.5, 'qty': 100, 'tags': ['fruit']},
    'bread': {'price': 2.25, 'qty': 20, 'tags': ['bakery']},
    'milk': {'price': 1.1, 'qty': 0, 'tags': ['dairy', 'cold']},
}


def restock(name, amount):
    item = inventory.setdefault(name, {'price': 0.0, 'qty': 0, 'tags': []})
    item['qty'] += amount


def sell(name, amount):
    if name not in inventory:
        return f'unknown item {name!r}'
    item = inventory[name]
    if item['qty'] < amount:
        return f'only {item["qty"]} {name} left'
    item['qty'] -= amount
    return f'sold {amount} {name} for {item["price"] * amount:.2f}'


print(sell('apple', 10))
print(sell('milk', 1))
print(sell('eggs', 1))
restock('milk', 12)
restock('eggs', 6)
print(sell('milk', 2))
for name, item in inventory.items():
    print(f'{name:<6} qty={item["qty"]:>3} value={item["price"] * item["qty"]:>7.2f} tags={item["tags"]}')
total = sum(i['price'] * i['qty'] for i in inventory.values())
print(f'total value: {total:.2f}')
out_of_stock = [n for n, i in inventory.items() if i['qty'] == 0]
print('out of stock:', out_of_stock)
print(sorted(inventory, key=lambda n: inventory[n]['qty']))
