# Order of __del__ and weakref callbacks: refcount death vs gc collection.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name)


def cb_for(name):
    def cb(w):
        print('  callback', name, 'referent', w())
    return cb


_ = gc.collect()
print('refcount death:')
a = Obj('a')
ra = weakref.ref(a, cb_for('a'))
del a
print('gc death:')
b = Obj('b')
b.cycle = b
rb = weakref.ref(b, cb_for('b'))
del b
print(' before collect')
n = gc.collect()
print(' collected', n)
print('two objects in one cycle:')
x = Obj('x')
y = Obj('y')
x.peer = y
y.peer = x
rx = weakref.ref(x, cb_for('x'))
ry = weakref.ref(y, cb_for('y'))
del x, y
print(' collected', gc.collect())
print('list holding weakref-ed objects:')
items = [Obj('i0'), Obj('i1')]
refs = [weakref.ref(o, cb_for(o.name)) for o in items]
del items
print('end')
