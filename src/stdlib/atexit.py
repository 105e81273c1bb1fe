# atexit for minipy: functions to run when the interpreter exits, last registered
# first, as CPython's atexit module runs them (the session calls _run_exitfuncs before
# it tears the module down).

_handlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)
