# finalize used for cleanup of several objects
import weakref
events = []
class Conn:
    def __init__(self, ident):
        self.ident = ident
        self._fin = weakref.finalize(self, events.append, 'closed %d' % ident)
    def close(self):
        self._fin()
    @property
    def closed(self):
        return not self._fin.alive
conns = [Conn(i) for i in range(3)]
conns[1].close()
print(events, [c.closed for c in conns])
conns.pop(0)
print(events)
conns.clear()
print(events)
def make_and_drop():
    c = Conn(10)
    return c.closed
print(make_and_drop(), events)
keep = Conn(20)
fin = weakref.finalize(keep, events.append, 'second finalizer for 20')
print(fin.alive)
del keep
print(fin.alive, sorted(events[-2:]))
try:
    weakref.finalize(5, print)
except TypeError as e:
    print(type(e).__name__, e)
