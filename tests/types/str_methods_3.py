# str expandtabs and format_map
print('a\tb\tc'.expandtabs())
print('a\tb\tc'.expandtabs(4))
print('abcd\te'.expandtabs(4), 'abc\te'.expandtabs(4))
print('\t'.expandtabs(0) == '', repr('x\ty'.expandtabs(1)))
print('line1\tx\nline2\ty'.expandtabs(6))
print(repr('a\r\tb'.expandtabs(4)))
print('{name} is {age}'.format_map({'name': 'Ann', 'age': 7}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} and {b}'.format_map(Default(a='A')))
try:
    '{missing}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print('{x[k]}'.format_map({'x': {'k': 'nested'}}))
print('{v:>6}|{v:<6}|'.format_map({'v': 'ab'}))
