calls = 0
memo = {}


def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(fib(30), 'calls:', calls)
calls = 0
print(fib(31), 'calls:', calls)
calls = 0
print(slow_fib(15), 'calls:', calls)
print(fib(90))
print([fib(i) for i in range(15)])
print(len(memo), max(memo))
