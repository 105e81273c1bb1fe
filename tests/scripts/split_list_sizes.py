# sys.getsizeof of the lists split, rsplit and splitlines make: room for
# min(maxsplit + 1, 12) items first, then growth by append; splitlines grows from empty;
# a separator that cannot occur gives a list of exactly the text.
import sys
g = sys.getsizeof
texts = ["", "a", "ab", "a b", "a,b", "é,è", "a b c d e f g h i j k l", "a b c d e f g h i j k l m",
         " ".join("x" * 30), ",".join("y" * 25), "x€y€z", "line\nline\r\nline\rend", "\n".join("q" * 40)]
for s in texts:
    row = [g(s.split()), g(s.split(" ")), g(s.split(",")), g(s.split(",,,")), g(s.rsplit()),
           g(s.rsplit(",")), g(s.split(None, 1)), g(s.split(",", 3)), g(s.split(None, 0)),
           g(s.split(",", 20)), g(s.rsplit(None, 2)), g(s.split("€")), g(s.split("é")),
           g(s.split("\U0001F600")), g(s.rsplit("€", 1)), g(s.splitlines()), g(s.splitlines(True))]
    print(repr(s)[:14], row)
whole = "nospace"
parts = whole.split()
print(parts[0] is whole, g(parts), whole.split("€")[0] is whole, g(whole.split("€")))
grown = " ".join(["w"] * 12).split()
grown.append("one more")
print(len(grown), g(grown))
