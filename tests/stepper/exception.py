# An exception caught, then one that ends the program.
def divide(a, b):
    return a / b

values = [10, 0]
try:
    divide(*values)
except ZeroDivisionError as e:
    print('caught:', e)
result = divide(values[0], values[1])
