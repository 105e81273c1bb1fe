# builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionRefusedError, ConnectionError), (ConnectionError, OSError),
    (IsADirectoryError, OSError), (NotADirectoryError, OSError), (FileExistsError, OSError),
    (BrokenPipeError, ConnectionError), (ChildProcessError, OSError),
    (IOError, OSError), (EnvironmentError, OSError),
    (UnicodeDecodeError, ValueError), (UnicodeEncodeError, UnicodeError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (IndentationError, SyntaxError), (TabError, SyntaxError),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (GeneratorExit, Exception), (SystemExit, BaseException),
    (MemoryError, Exception), (BufferError, Exception), (EOFError, Exception),
    (AssertionError, Exception), (AttributeError, Exception), (FloatingPointError, ArithmeticError),
    (DeprecationWarning, Warning), (UserWarning, Exception), (Warning, Exception),
    (bool, int), (Exception, BaseException), (BaseException, object),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
