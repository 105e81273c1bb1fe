# abc for minipy: abstract methods, and classes that refuse to be instantiated while any
# remain (the check CPython's object.__new__ makes on __abstractmethods__).

__all__ = ['ABC', 'abstractmethod', 'ABCMeta']


try:
    _frozen = frozenset
except NameError:
    _frozen = set


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstracts(cls):
    names = set()
    for name in dir(cls):
        value = getattr(cls, name, None)
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    return names


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _frozen(_abstracts(cls))

    def __new__(cls, *args, **kwargs):
        missing = sorted(_abstracts(cls))
        if missing:
            s = 's' if len(missing) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(missing)}")
        return super().__new__(cls)


ABCMeta = type
