def clean(s):
    return ''.join(ch.lower() for ch in s if ch.isalnum())


def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]


phrases = ['racecar', 'A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?', '']
for p in phrases:
    print(f'{p!r:40} {is_palindrome(p)}')

words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])

s = 'Hello, World'
print(s.swapcase(), s[::-1], s.count('l'), s.find('World'))
print(' '.join(w[::-1] for w in s.split()))
vowels = sum(1 for ch in s.lower() if ch in 'aeiou')
print('vowels:', vowels)
print('title:', 'the old man and the sea'.title())
