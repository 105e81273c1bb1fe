# str find/index/count/replace/startswith/endswith
s = 'mississippi'
print(s.find('ss'), s.rfind('ss'), s.find('x'), s.find('s', 4), s.find('s', 4, 5))
print(s.index('pp'), s.rindex('i'), s.count('s'), s.count('ss'), s.count(''))
try:
    s.index('q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('q')
except ValueError as e:
    print(type(e).__name__, e)
print(s.replace('ss', 'SS'), s.replace('i', '', 2), s.replace('', '-'))
print(s.startswith('miss'), s.startswith(('x', 'mi')), s.endswith('pi'), s.endswith('i', 0, 2))
try:
    s.startswith(['m'])
except TypeError as e:
    print(type(e).__name__, e)
print(s.find(''), s.rfind(''), s.find('', 20))
print('abc'.count('abc', 1), 'aaaa'.count('aa'))
print(s.upper().lower() == s, s.title(), s.capitalize(), 'Hello World'.swapcase())
print(s.center(15, '*'), s.ljust(13, '.'), s.rjust(13))
