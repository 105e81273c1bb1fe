# Ellipsis and ...
print(...)
print(Ellipsis)
print(... is Ellipsis, repr(...), str(Ellipsis))
print(type(...).__name__, bool(...))
def todo():
    ...
print(todo())
x = [1, ..., 3]
print(x, x[1] is Ellipsis, x.index(...))
print(... == ..., ... != None, {...: 'e'}[Ellipsis])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...], g[1, ...], g[..., 0], g[1:2, ...])
try:
    Ellipsis + 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash(...) == hash(Ellipsis))
