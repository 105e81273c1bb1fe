# __call__ with state machines and callable classes vs instances
class Machine:
    transitions = {("idle", "start"): "running", ("running", "stop"): "idle",
                   ("running", "pause"): "paused", ("paused", "start"): "running"}
    def __init__(self):
        self.state = "idle"
    def __call__(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            return "ignored %s in %s" % (event, self.state)
        self.state = self.transitions[key]
        return self.state

m = Machine()
for ev in ["stop", "start", "pause", "pause", "start", "stop"]:
    print(ev, "->", m(ev))

class Meta:
    calls = 0
    def __call__(self, *args, **kwargs):
        Meta.calls += 1
        return args, sorted(kwargs.items())

f = Meta()
print(f(1, 2, a=3))
print(f(*[4, 5], **{"z": 0}))
print(Meta.calls)
print(callable(Machine), callable(m), callable(Machine.__call__), callable(m.state))
print(sorted([3, 1, 2], key=Meta.__call__.__get__(f)))
