def require_doc(f):
    if f.__doc__ is None:
        raise TypeError(f"{f.__name__} needs a docstring")
    return f


@require_doc
def documented():
    "Has one."


print("documented ok:", documented.__doc__)


def noop(f):
    return f


@noop
@require_doc
def undocumented():
    return 1


print("not reached")
