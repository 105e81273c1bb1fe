# Strings: s += concatenation, s[i] scanning over a long (~170k-char) string, slicing, str methods.


def build(n, seed):
    s = ""
    for i in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        if seed % 3:
            s += "ab"
        else:
            s += "xyz"
        s += str(seed % 10)
    return s


def scan(s):
    vowels = 0
    digits = 0
    after_ab = 0
    prev = ""
    for i in range(len(s)):
        ch = s[i]
        if ch in "aeiouy":
            vowels += 1
        elif ch.isdigit():
            digits += 1
        if prev == "b" and ch < "a":
            after_ab += 1
        prev = ch
    return vowels, digits, after_ab


def chunks(s, width):
    out = []
    for i in range(0, len(s), width):
        piece = s[i:i + width]
        out.append(piece[::-1].upper())
    return out


def tags(n):
    parts = ""
    for i in range(n):
        parts += "<" + str(i % 100) + ">"
        if len(parts) > 2000:
            parts = parts[1000:]
    return parts


def main():
    for seed in (1, 2, 3):
        s = build(50000, seed)
        print(len(s), s[:20], s[-20:])
        print(scan(s))
        parts = chunks(s, 40)
        print(len(parts), parts[0], parts[-1])
        print(s.count("xyz"), s.find("9xyz"), s.replace("ab", "").count("z"))
    t = tags(2000000)
    print(len(t), t[:30])


main()
