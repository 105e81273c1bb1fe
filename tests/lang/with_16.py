# contextlib.redirect_stdout and AbstractContextManager
import io
from contextlib import redirect_stdout, AbstractContextManager

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print("visible")
print(repr(buf.getvalue()))

class Simple(AbstractContextManager):
    def __exit__(self, *exc):
        print("Simple exit")
        return None

with Simple() as s:
    print(type(s).__name__)

print(isinstance(Simple(), AbstractContextManager))

class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass

print(isinstance(Duck(), AbstractContextManager))
print(isinstance(object(), AbstractContextManager))
