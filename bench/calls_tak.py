# Recursive calls with several arguments: Takeuchi (tak), Ackermann and mutual recursion.


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def count_parities(limit):
    evens = 0
    for k in range(limit):
        if is_even(k % 300):
            evens += 1
    return evens


def main():
    print("tak", tak(18, 12, 6), tak(24, 16, 8), tak(20, 12, 4))
    print("ack", [ack(m, n) for m in range(4) for n in range(7)])
    print("ack", ack(2, 300), ack(3, 6))
    print("even", count_parities(30000))


main()
