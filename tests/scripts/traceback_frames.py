# Exceptions keep the frames they passed through (and their locals) alive for as
# long as the exception object lives: saved in a list, returned, or in a cycle.
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def parse(text):
    digits = D('digits of ' + text)
    return int(text)


failures = []
for text in ['12', 'x', '40', 'y?']:
    try:
        parse(text)
    except ValueError as e:
        failures.append(e)
print('failures kept:', len(failures))
print('frames of the first:', failures[0].__traceback__.tb_next.tb_frame.f_lineno)
failures.pop(0)
print('popped one')


def retry(n):
    attempt = D('attempt %d' % n)
    try:
        parse('bad%d' % n)
    except ValueError as e:
        last = e
    return sys.getrefcount(attempt)


print('count inside retry:', retry(1))
print('collect finds the cycle:', gc.collect() > 0)
del failures
print('end of script')
