# Strings: split text into words and count them in a dict, join, slicing, f-strings.

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and",
         "runs", "away", "from", "a", "big", "red", "barn", "in", "autumn"]


def make_text(n_lines):
    lines = []
    seed = 12345
    for _ in range(n_lines):
        line = []
        for _ in range(12):
            seed = (seed * 1103515245 + 12345) % 2147483648
            line.append(WORDS[(seed >> 16) % len(WORDS)])
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    text = make_text(120000)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:5]:
        print(f"{word:>8} {n}")
    caps = [w[0].upper() + w[1:] for w in text[:2000].split()]
    print(" ".join(caps[:10]))
    print(len(text), sum(len(w) for w in counts), text[100:140])


main()
