# import __main__ and see module-level names through it
import __main__
print(__main__.__name__, __name__)
answer = 42
def helper():
    return 'helped'
print(__main__.answer, __main__.helper())
__main__.answer = 43
print(answer)
__main__.added = 'via module'
print(added)
print(hasattr(__main__, 'helper'), hasattr(__main__, 'nope'))
print(getattr(__main__, 'missing', 'fallback'))
import sys
print(sys.modules['__main__'] is __main__, sys.modules[__name__].answer)
print(type(__main__).__name__)
if __name__ == '__main__':
    print('running as script')
class Local:
    pass
print(Local.__module__, helper.__module__)
try:
    __main__.does_not_exist
except AttributeError as e:
    print(type(e).__name__, e)
