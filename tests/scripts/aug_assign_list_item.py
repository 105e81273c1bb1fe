# xs[k] op= y on a list item holding a number: the list is held while y runs code that
# changes it; errors name the augmented operator; a reflected dunder is found.
import sys
xs=[1.5, 2, 10**20]
k=1
xs[0] += 2
xs[k] *= 3.0
xs[-1] -= 1
print(xs)
class R:
    def __radd__(self, o): return ("radd", o)
xs[0] += R()
print(xs[0])
try:
    xs[1] += "a"
except TypeError as e: print(e)
big = 10**30
ys = [0.5]
def f():
    print(sys.getrefcount(ys) - 1)
    ys.clear()
    return 1
try:
    ys[0] += f()
except IndexError as e: print(e)
print(ys)
