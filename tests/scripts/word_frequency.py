text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick end to a lazy day"""

freq = {}
for line in text.splitlines():
    for word in line.split():
        freq[word] = freq.get(word, 0) + 1

print('distinct words:', len(freq))
print('total words:', sum(freq.values()))

by_count = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in by_count[:5]:
    print(f'{word:>6}: {"*" * count} ({count})')

longest = max(freq, key=len)
print('longest word:', longest)
once = sorted(w for w, c in freq.items() if c == 1)
print('appear once:', ', '.join(once))
first_letters = {}
for w in freq:
    first_letters.setdefault(w[0], []).append(w)
for letter in sorted(first_letters):
    print(letter, sorted(first_letters[letter]))
