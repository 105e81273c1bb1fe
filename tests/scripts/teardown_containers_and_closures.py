import sys
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
registry = {'a': R(1), 'b': R(2)}
items = [R(3), R(4)]
pair = (R(5), R(6))
def make():
    r = R(7)
    def get():
        return r
    return get
getter = make()
s = {1, 2}
print('end of script', sys.getrefcount(registry['a']))
