# Recursive calls: five fib(30) calls (about 13.5 million small Python function calls).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    results = []
    for _ in range(5):
        results.append(fib(30))
    print(results)
    print(sum(results))


main()
