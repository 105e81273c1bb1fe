# Weak reference callbacks that fire while the interpreter tears down globals.
import weakref


class Target:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def make_cb(tag):
    def cb(w):
        print('callback', tag, w() is None)
    return cb


first = Target('first')
second = Target('second')
r1 = weakref.ref(first, make_cb('r1'))
r2 = weakref.ref(second, make_cb('r2'))
watchers = [weakref.ref(second, make_cb('w%d' % i)) for i in range(2)]
temp = Target('temp')
rt = weakref.ref(temp, make_cb('rt'))
del temp
print('temp gone:', rt() is None)
print('end of script')
