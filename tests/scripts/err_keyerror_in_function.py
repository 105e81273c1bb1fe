prices = {'apple': 0.5, 'bread': 2.25}


def total_cost(order):
    total = 0
    for item, qty in order.items():
        print('pricing', item)
        total += prices[item] * qty
    return total


print(total_cost({'apple': 4}))
print(total_cost({'bread': 1, 'caviar': 2}))
print('never printed')
