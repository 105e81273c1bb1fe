# Builtin methods called with up to two arguments: results, counts, errors and the order
# in which temporaries die, as python3.11 has them.
import sys

for w in ["A", "aB", "Hello", "MiXeD12!", "ABCDEFGH", "ABCDEFGHI", "[@`{", "ÉCOLE", "straße"]:
    lo, up = w.lower(), w.upper()
    print(repr(lo), repr(up), lo == w.lower(), sys.getrefcount(lo), sys.getrefcount(up))
empty, x, big_x = "", "x", "X"
print(repr(empty.lower()), empty.lower() is empty, x.upper() is big_x)
word = "Word"
low = word.lower()
print(low, low is word.lower(), sys.getrefcount(word))

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key) and self.n == other.n

class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

d = {"a": 1, Key(2): "two"}
default = [0]
print(sys.getrefcount(default))
r = d.get("missing", default)
print(r is default, sys.getrefcount(default))
del r
print(sys.getrefcount(default))
print(d.get("a"), d.get("b"), d.get("a", 5), d.get(Key(2)), d.get(Key(3), "no"))
print(d.get(D("key"), D("default")).tag)
x = d.get("nope", D("kept"))
print("kept", x.tag)
del x
for bad in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([1]), lambda: d.get([1], 0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

s = "  the quick  brown\tfox\n"
print(s.split(), s.split(" "), s.split(None), "a,b,,c".split(","), "abc".split("abc"))
whole = "single"
parts = whole.split()
print(parts[0] is whole, sys.getrefcount(whole))
for bad in [lambda: s.split(1), lambda: s.split(""), lambda: s.split(",", "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(",".join(["a", "b", "c"]), "-".join("xyz"), "".join([]), ".".join(("p",)))
one = "only"
print(", ".join([one]) is one, sys.getrefcount(one))
for bad in [lambda: ",".join(5), lambda: ",".join(["a", 1]), lambda: ",".join()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

st = set()
item = (1, 2)
st.add(item)
st.add(item)
print(st, sys.getrefcount(item))
st.add(D("in set"))
for bad in [lambda: st.add([1]), lambda: st.add()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    frozenset().add(1)
except AttributeError as e:
    print("AttributeError:", e)
st.clear()

counts = {"x": 1}
before = sys.getrefcount(counts)
ks, vs, its = counts.keys(), counts.values(), counts.items()
print(ks, vs, its, sys.getrefcount(counts) - before)
del ks, vs, its
print(sys.getrefcount(counts) - before)
try:
    counts.items(1)
except TypeError as e:
    print("TypeError:", e)

class S(str):
    def lower(self):
        return "overridden"
class Dd(dict):
    pass
print(S("ABC").lower(), S("ABC").upper(), Dd(a=1).get("a"), Dd().get("z", 9))
print(str.lower("QQ"), dict.get({"k": 3}, "k"))

# The arguments of d.get go key first once the result is made, found or not.
class K2:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, K2) and other.n == self.n
    def __del__(self):
        print("del K2", self.n)

kd = {K2(1): "x"}
print(kd.get(K2(1), D("found: default goes after the key")))
print(kd.get(K2(2), D("missing: default is the result")).tag)
print(dict.get(kd, K2(1), D("general path")))
