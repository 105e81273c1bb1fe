# weakref.finalize and atexit: finalizers still alive at exit run newest first, after
# atexit's own functions registered later, before the module's globals are released.
import atexit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def close(name):
    print("close", name)


a = Resource("a")
b = Resource("b")
weakref.finalize(a, close, "a")
fb = weakref.finalize(b, close, "b")
quiet = Resource("quiet")
fq = weakref.finalize(quiet, close, "quiet")
fq.atexit = False
atexit.register(print, "atexit handler")
temp = Resource("temp")
weakref.finalize(temp, close, "temp")
del temp
print("fb alive:", fb.alive)
print("end of script")
