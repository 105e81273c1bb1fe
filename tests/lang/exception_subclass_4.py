# BaseException subclasses, except ordering, and exception attributes/notes
class Stop(BaseException):
    pass

try:
    try:
        raise Stop("halt")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught BaseException:", type(e).__name__, e)

class Detailed(Exception):
    def __init__(self, msg, **details):
        super().__init__(msg)
        self.details = details

try:
    raise Detailed("bad input", field="name", line=3)
except Detailed as e:
    print(e, sorted(e.details.items()))
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)

class Chained(Exception):
    pass

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise Chained("during handling")

try:
    f()
except Chained as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise Chained("no context") from None
except Chained as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)
