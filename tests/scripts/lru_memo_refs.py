import gc
import sys
from functools import lru_cache, partial, reduce


class Big:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del Big", self.n)


@lru_cache(maxsize=3)
def build(n):
    return Big(n)


held = build(1)
print(sys.getrefcount(held))
for i in range(2, 6):
    build(i)
print(build.cache_info())
print(sys.getrefcount(held))
del held
print("after del held")
build.cache_clear()
print("after clear", build.cache_info())

total = reduce(lambda acc, b: acc + b.n, [Big(10), Big(20)], 0)
print("total", total)

bump = partial(lambda base, step: base + step, step=5)
print(bump(1), bump(10, step=1), bump.keywords)


def make_cycle():
    p = partial(print)
    p.self_ref = p
    return sys.getrefcount(p)


gc.collect()
print(make_cycle())
print(gc.collect())
