# with targets: tuple unpacking, attributes, subscripts
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False

with Pair() as (a, b):
    print(a, b)

class Holder:
    pass

h = Holder()
with Pair() as h.value:
    pass
print(h.value)

d = {}
with Pair() as d["k"]:
    pass
print(d)

lst = [0, 0]
with Pair() as (lst[0], lst[1]):
    pass
print(lst)

with Pair() as [x, y]:
    print(x + y)

with Pair() as (first, *rest):
    print(first, rest)
