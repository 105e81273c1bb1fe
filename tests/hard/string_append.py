# `s += t` and `s = s + t` on a local str nothing else holds append in place (CPython's
# BINARY_OP_INPLACE_ADD_UNICODE): two million appends take a blink, not minutes. A str
# that another name, a container or the code's constants hold is copied as before.
import sys
def build(n):
    s = ''
    for i in range(n):
        s += 'x'
    t = ''
    for i in range(n):
        t = t + 'y'
    return s, t
s, t = build(2000000)
print(len(s), len(t), s[-3:], t[:3], sys.getrefcount(s))
def shared():
    a = 'ab' * 3
    b = a
    a += 'c'
    keep = ['xy' * 2]
    c = keep[0]
    c += 'z'
    d = 'const'
    d += '!'
    return a, b, a is b, keep, c, d
print(shared())
