# with statement and exception chaining / exceptions raised in __exit__
class RaiseInExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit error")

try:
    with RaiseInExit():
        raise ValueError("body error")
except RuntimeError as e:
    print("got", e)
    print("context", type(e.__context__).__name__, e.__context__)

try:
    with RaiseInExit():
        pass
except RuntimeError as e:
    print("no body error, context:", e.__context__)

class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise TypeError("converted") from ev

try:
    with Reraise():
        raise KeyError("orig")
except TypeError as e:
    print(e, "cause:", repr(e.__cause__))
