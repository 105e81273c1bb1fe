class Resource:
    def __init__(self, name):
        self.name = name
        print('open', name)

    def __del__(self):
        print('close', self.name)


def use():
    r = Resource('temp')
    print('using', r.name)


use()
a = Resource('a')
b = a
a = None
print('a rebound')
b = None
print('b rebound')
items = [Resource('x'), Resource('y')]
items = []
print('end of script')
