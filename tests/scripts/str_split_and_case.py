# split on whitespace and on one character, lower and upper: ASCII and other text, as CPython.
tests = ["", " ", "a", " a b  c ", "\t\x0b\x0c\r\n\x1c\x1d\x1e\x1fx y\x1f", "héllo wörld  x", "a\x85b", "a\xa0b c", "one", "x,y,,z", ",", "\n\n"]
for t in tests:
    print(repr(t.split()), repr(t.split(",")), repr(t.split("\n")), repr(t.split(None, 1)), repr(t.rsplit()), repr(t.lower()), repr(t.upper()))
print("ABCDEFGH".lower(), "abcdefghi".upper(), "A".lower() == "a")
