# exceptions in with bodies
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit type:", exc_type.__name__ if exc_type else None)
        print("exit value:", exc)
        print("tb is None:", tb is None)
        return False

try:
    with CM():
        print("raising")
        raise ValueError("bad value")
        print("unreachable")
except ValueError as e:
    print("caught outside", e)

try:
    with CM():
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

def f():
    with CM():
        return "returned"
print(f())

for i in range(3):
    with CM():
        if i == 1:
            break
print("loop i", i)
