# str translate, maketrans, casefold
table = str.maketrans('abc', 'xyz')
print(sorted(table.items()))
print('aabbcc'.translate(table))
print('hello world'.translate(str.maketrans('', '', 'lo')))
print('hello'.translate(str.maketrans('el', 'ip', 'o')))
print('abc'.translate({97: 'AA', 98: None}))
print('abc'.translate({ord('c'): 120}))
print(str.maketrans({'a': '1', 'b': None}))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({'ab': 'x'})
except ValueError as e:
    print(type(e).__name__, e)
print('Straße'.casefold(), 'Straße'.lower())
print('HeLLo'.casefold() == 'hello'.casefold())
print('ΣΑΣ'.casefold(), 'ﬁ'.casefold())
rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
print('hello'.translate(rot13), 'hello'.translate(rot13).translate(rot13))
