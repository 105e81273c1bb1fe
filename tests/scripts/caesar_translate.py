# A Caesar cipher and a text report built from str.maketrans/translate and friends.
import sys

LOWER = 'abcdefghijklmnopqrstuvwxyz'
UPPER = LOWER.upper()


def caesar(shift):
    shift %= 26
    src = LOWER + UPPER
    dst = LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift]
    return str.maketrans(src, dst)


message = 'Attack at Dawn!\tBring 3 ladders.'
enc = message.translate(caesar(3))
dec = enc.translate(caesar(-3))
print(enc)
print(dec == message, dec.expandtabs(4))

strip_punct = str.maketrans('', '', '!.,')
words = message.translate(strip_punct).split()
print(words)
print([w for w in words if w.istitle()], [w for w in words if w.isdecimal()])
print(sorted(words, key=str.casefold))

report = '{title}: {count} words, longest {longest!r}'
print(report.format_map({'title': 'Summary', 'count': len(words), 'longest': max(words, key=len)}))

table = {ord(c): None for c in 'aeiou'}
print('education'.translate(table), ascii('naïve café'))
for name in ['user_1', '1user', 'class', 'naïve', 'a b']:
    print(f'{name!r:10} identifier={name.isidentifier()} printable={name.isprintable()} ascii={name.isascii()}')

try:
    'x'.translate({ord('x'): 3.5})
except TypeError as e:
    print('TypeError:', e)
print(len(sys.argv), sys.argv[0].endswith('caesar_translate.py'))
