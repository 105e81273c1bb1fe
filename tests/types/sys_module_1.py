# sys: recursion limit, maxsize, version_info
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old > 50)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version_info[0], len(sys.version_info[:3]))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
print(sys.byteorder in ('little', 'big'), isinstance(sys.argv, list), sys.argv[0].endswith('sys_module_1.py'))
