# d[k] with a dict and a str or int key read in place, and for loops over dict keys and
# values: every case that needs code to run, or an error, must still behave as CPython.
import sys


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other)
        return other == self.h


def small():
    d = {"a": 1, 2: "two", 1.0: "float one"}
    k = "a"
    i = 2
    j = 1
    print(d[k], d[i], d[j])
    t = True
    print(d[t])
    d[Key(7, "K7")] = "key seven"
    n = 7
    print(d[n])
    m = "missing"
    try:
        d[m]
    except KeyError as e:
        print("KeyError", e)
    big = {str(x): x for x in range(50)}
    big[Key(hash("10"), "K10")] = "shadow"
    s = "10"
    print(big[s])
    s2 = "".join(["1", "1"])
    print(big[s2])
    o = 2 ** 40
    big[o] = "big int"
    print(big[o], big[2 ** 40])


small()


class D(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


def sub():
    d = D(a=1)
    k = "b"
    print(d[k], d["a"])


sub()

G = {"x": [1, 2]}
key = "x"
print(G[key], sys.getrefcount(G[key]))


def counts():
    d = {"p": [0], "q": [1]}
    for k in d:
        v = d[k]
        print(k, v, sys.getrefcount(v))
    for v in d.values():
        print(v, sys.getrefcount(v))
    try:
        for k in d:
            d[k + k] = 1
    except RuntimeError as e:
        print("RuntimeError", e)
    it = iter(d)
    print(next(it), list(it), list(it))
    e = {}
    for k in e:
        print("never")
    for k in {1: 2}.keys():
        print("keys", k)
    for k, v in {1: 2}.items():
        print("items", k, v)


counts()
