# Nested while loops with integer arithmetic (gcd, digit sums, collatz steps).


def gcd_table(n):
    total = 0
    a = 1
    while a <= n:
        b = 1
        while b <= n:
            x = a
            y = b
            while y:
                x, y = y, x % y
            total += x
            b += 1
        a += 1
    return total


def collatz_longest(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        steps = 0
        m = n
        while m != 1:
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def digit_sum_count(limit):
    count = 0
    k = 0
    while k < limit:
        s = 0
        m = k
        while m > 0:
            s += m % 10
            m //= 10
        if s % 7 == 0:
            count += 1
        k += 1
    return count


def main():
    print(gcd_table(300))
    print(collatz_longest(50000))
    print(digit_sum_count(300000))


main()
