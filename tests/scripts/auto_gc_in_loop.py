# With gc enabled, allocating many containers triggers automatic collection
# of an unreachable cycle; with gc disabled nothing happens until collect().
import gc

events = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(self.name)
        print('finalize', self.name)


def make_cycle(prefix):
    a = Node(prefix + '.a')
    b = Node(prefix + '.b')
    a.other = b
    b.other = a


def churn(n):
    keep = []
    during = False
    for i in range(n):
        keep.append({'i': [i]})
        if events and not during:
            during = True
    return during


_ = gc.collect()
make_cycle('enabled')
print('enabled run: collected during loop ->', churn(30000))

events.clear()
gc.disable()
make_cycle('disabled')
print('disabled run: collected during loop ->', churn(30000))
print('events so far', events)
print('manual collect ->', gc.collect())
gc.enable()
print('events', sorted(events))
