# sys.modules, sys.exc_info, sys.stdout, sys.exit
import sys
print('sys' in sys.modules, type(sys.modules).__name__)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])
sys.stdout.write('written directly\n')
print('to stdout', file=sys.stdout)
n = sys.stdout.write('abc')
print('', n)
print(sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1)
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print(type(e).__name__, e.code, str(e))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(isinstance(sys.path, list), callable(sys.getrecursionlimit))
