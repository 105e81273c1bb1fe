# generator-based coroutine style scheduler (round robin)
def task(name, n):
    for i in range(n):
        print(name, "step", i)
        yield
    return name + " finished"

def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results

print(run([task("A", 3), task("B", 1), task("C", 2)]))
