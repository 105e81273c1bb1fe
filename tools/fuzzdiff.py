#!/usr/bin/env python3
"""fuzzdiff.py - random differential tester of minipy against CPython 3.11.

Two program sources:
  * generated (default): a grammar/template-based generator of small, valid,
    terminating, deterministic programs inside minipy's language;
  * --mutate: scripts built from the typed lines of transcripts/**/*.pycon
    with small random mutations (swap literals, change an int, duplicate or
    drop a statement, change an operator); only programs python3.11 runs to
    completion within the timeout are kept.

Each program is written to a work folder and run as
    /usr/bin/python3.11 P        and        MINIPY run P
(same path, same cwd, stdin closed, timeout).  stdout, stderr and exit
status are compared and classified:
    identical | differs | crash (signal / Rust panic text) | hang (minipy
    timed out, python did not) | nondet (python3.11 itself gives two
    different results: a generator bug) | skipped (python timed out/killed)

Usage:
    python3 tools/fuzzdiff.py [--seed N] [--count N] [-j N] [--mutate]
                              [--minipy PATH] [--python PATH] [--timeout S]
                              [--out DIR] [--keep-identical]
    python3 tools/fuzzdiff.py --reduce FILE   # greedy line-based reducer:
                              shrinks FILE while minipy's verdict class and
                              the shape of the first differing line stay.

Non-identical programs are written to --out (default /tmp/fuzzdiff-out/)
as <category>-<index>.py with a .txt of both results.
"""

import argparse
import concurrent.futures as cf
import glob
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tokenize
import io as _io

PYTHON = "/usr/bin/python3.11"
MASKS = []
CRASH_TEXT = ("panicked at", "stack overflow", "memory allocation of",
              "fatal runtime error")

# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------

SMALL_INTS = [0, 1, 2, 3, -1, -2, 5, 7, 10, 0, 1]
BIG_INTS = ["12345678901234567890", "-98765432109876543210", "2**63", "2**64 - 1",
            "-2**63", "10**30", "(1 << 100) + 7", "-(3**50)", "2**62", "256", "257"]
FLOATS = ["0.0", "-0.0", "1.5", "2.25", "-3.75", "1e300", "1e-300", "0.1", "3.0",
          "float('inf')", "float('-inf')", "float('nan')", "1e16", "123456.789", "2.5"]
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'xyz'",
        "'MiXeD'", "'123'", "'line1\\nline2'", "'tab\\there'", "'é'", "'aaa'", "'-42'",
        "'3.5'", "'snake_case_name'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff'", "b'hello world'", "b'a,b'", "b'  x '"]

ARITH_OPS = ["+", "-", "*", "/", "//", "%", "&", "|", "^"]
CMP_OPS = ["<", "<=", ">", ">=", "==", "!="]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0
        self.lines = []
        self.ind = 0
        self.classes = []  # names of defined classes usable later

    # -- helpers ----------------------------------------------------------
    def fresh(self, p="v"):
        self.n += 1
        return "%s%d" % (p, self.n)

    def emit(self, s):
        for ln in s.split("\n"):
            self.lines.append("    " * self.ind + ln)

    def ch(self, seq):
        return self.r.choice(seq)

    def risky(self, body_lines):
        """try: body except Exception as e: print(type(e).__name__, e)"""
        self.emit("try:")
        self.ind += 1
        for b in body_lines:
            self.emit(b)
        self.ind -= 1
        self.emit("except Exception as e:")
        self.emit("    print('!', type(e).__name__, e)")

    # -- typed literal/expression generation ------------------------------
    def lit(self, t):
        r = self.r
        if t == "int":
            return str(self.ch(SMALL_INTS)) if r.random() < 0.7 else self.ch(BIG_INTS)
        if t == "sint":
            return str(r.randint(-4, 6))
        if t == "float":
            return self.ch(FLOATS)
        if t == "str":
            return self.ch(STRS)
        if t == "bytes":
            return self.ch(BYTES)
        if t == "bool":
            return self.ch(["True", "False"])
        if t == "none":
            return "None"
        if t == "list":
            k = r.randint(0, 5)
            et = self.ch(["int", "int", "str", "float", "mixed"])
            return "[" + ", ".join(self.lit(self.ch(["sint", "str", "float"]) if et == "mixed" else
                                            ("sint" if et == "int" else et)) for _ in range(k)) + "]"
        if t == "tuple":
            k = r.randint(0, 4)
            items = [self.lit(self.ch(["sint", "str", "float", "bool"])) for _ in range(k)]
            return "(" + ", ".join(items) + ("," if k == 1 else "") + ")"
        if t == "dict":
            k = r.randint(0, 4)
            kt = self.ch(["str", "sint"])
            return "{" + ", ".join("%s: %s" % (self.lit(kt), self.lit(self.ch(["sint", "str", "list"])))
                                   for _ in range(k)) + "}"
        if t == "set":
            k = r.randint(0, 6)
            return "{" + ", ".join(str(r.randint(-3, 40)) for _ in range(k)) + "}" if k else "set()"
        raise ValueError(t)

    def expr(self, t, d=0):
        """an expression of (roughly) type t; may deliberately mistype."""
        r = self.r
        if d >= 3 or r.random() < 0.35:
            if r.random() < 0.06:  # deliberately wrong type
                return self.lit(self.ch(["str", "none", "list", "float", "int", "bytes", "tuple"]))
            return self.lit(t if t != "num" else self.ch(["int", "float"]))
        if t in ("int", "num", "sint"):
            c = r.random()
            if c < 0.55:
                return "(%s %s %s)" % (self.expr(t, d + 1), self.ch(ARITH_OPS + ["//", "%"]), self.expr(t, d + 1))
            if c < 0.65:
                return "(%s ** %s)" % (self.expr("int", d + 1), r.randint(-2, 40))
            if c < 0.72:
                return "(%s %s %s)" % (self.expr("int", d + 1), self.ch(["<<", ">>"]), r.randint(-1, 70))
            if c < 0.8:
                return "%s(%s)" % (self.ch(["-", "~", "+", "abs", "int", "bool"]), self.expr("int", d + 1))
            if c < 0.87:
                return "divmod(%s, %s)[%d]" % (self.expr(t, d + 1), self.expr(t, d + 1), r.randint(0, 1))
            if c < 0.93:
                return "len(%s)" % self.expr(self.ch(["str", "list", "tuple", "bytes"]), d + 1)
            return "round(%s%s)" % (self.expr("float", d + 1), self.ch(["", ", 2", ", -1", ", 0"]))
        if t == "float":
            c = r.random()
            if c < 0.6:
                return "(%s %s %s)" % (self.expr("num", d + 1), self.ch(["+", "-", "*", "/", "//", "%"]), self.expr("float", d + 1))
            if c < 0.75:
                return "float(%s)" % self.ch(["'1.5'", "'inf'", "'-nan'", "' 2e3 '", "'x'", "7", "10**400", "'1_000.5'"])
            if c < 0.85:
                return "(abs(%s) ** %s)" % (self.expr("float", d + 1), self.ch(["2", "0.5", "-1", "3", "1000", "-0.5"]))
            return "%s(%s)" % (self.ch(["abs", "-", "float", "round"]), self.expr("float", d + 1))
        if t == "str":
            c = r.random()
            if c < 0.3:
                return "(%s + %s)" % (self.expr("str", d + 1), self.expr("str", d + 1))
            if c < 0.4:
                return "(%s * %s)" % (self.expr("str", d + 1), r.randint(-1, 4))
            if c < 0.75:
                return self.str_method(self.expr("str", d + 1))
            if c < 0.85:
                return "%s(%s)" % (self.ch(["str", "repr", "ascii"]), self.expr(self.ch(["int", "float", "list", "str", "tuple", "bytes"]), d + 1))
            return "%s[%s]" % (self.expr("str", d + 1), self.slice_idx())
        if t == "list":
            c = r.random()
            if c < 0.3:
                return "(%s + %s)" % (self.expr("list", d + 1), self.expr("list", d + 1))
            if c < 0.4:
                return "(%s * %s)" % (self.expr("list", d + 1), r.randint(-1, 3))
            if c < 0.6:
                return "sorted(%s%s)" % (self.expr(self.ch(["list", "tuple", "str", "set"]), d + 1), self.ch(["", ", reverse=True", ", key=str", ", key=abs"]))
            if c < 0.8:
                return "list(%s)" % self.expr(self.ch(["str", "tuple", "set", "bytes", "dict"]), d + 1)
            return "%s[%s]" % (self.expr("list", d + 1), self.slice_idx())
        if t == "tuple":
            c = r.random()
            if c < 0.4:
                return "(%s + %s)" % (self.expr("tuple", d + 1), self.expr("tuple", d + 1))
            if c < 0.7:
                return "tuple(%s)" % self.expr(self.ch(["list", "str", "set"]), d + 1)
            return "%s[%s]" % (self.expr("tuple", d + 1), self.slice_idx())
        if t == "bytes":
            c = r.random()
            if c < 0.4:
                return "(%s + %s)" % (self.expr("bytes", d + 1), self.expr("bytes", d + 1))
            if c < 0.7:
                return "%s.%s" % (self.expr("bytes", d + 1), self.ch(["upper()", "strip()", "replace(b'a', b'zz')", "hex()", "split(b',')", "decode()", "find(b'l')", "count(b'l')", "startswith(b'a')"]))
            return "%s[%s]" % (self.expr("bytes", d + 1), self.slice_idx())
        if t in ("set",):
            c = r.random()
            if c < 0.7:
                return "(%s %s %s)" % (self.expr("set", d + 1), self.ch(["|", "&", "-", "^"]), self.expr("set", d + 1))
            return "set([%s])" % ", ".join(self.lit("sint") for _ in range(self.r.randint(0, 5)))
        if t == "bool":
            c = r.random()
            if c < 0.5:
                tt = self.ch(["int", "float", "str", "list", "tuple"])
                return "(%s %s %s)" % (self.expr(tt, d + 1), self.ch(CMP_OPS), self.expr(tt if r.random() < 0.85 else self.ch(["int", "str", "none"]), d + 1))
            if c < 0.7:
                return "(%s %s %s)" % (self.expr("bool", d + 1), self.ch(["and", "or"]), self.expr(self.ch(["bool", "int", "str"]), d + 1))
            if c < 0.85:
                return "(%s in %s)" % (self.lit("sint"), self.expr(self.ch(["list", "tuple", "set"]), d + 1))
            return "(not %s)" % self.expr(self.ch(["bool", "list", "str", "int"]), d + 1)
        return self.lit(t)

    def slice_idx(self):
        r = self.r
        def b():
            return self.ch(["", "None", str(r.randint(-8, 8)), str(r.randint(-8, 8)), "100", "-100"])
        c = r.random()
        if c < 0.35:
            return str(r.randint(-6, 6))
        if c < 0.75:
            return "%s:%s" % (b(), b())
        return "%s:%s:%s" % (b(), b(), self.ch(["1", "2", "-1", "-2", "3", "0", "None"]))

    def str_method(self, s):
        m = self.ch([
            "upper()", "lower()", "title()", "capitalize()", "swapcase()", "strip()", "lstrip('a ')",
            "rstrip()", "split(',')", "split()", "rsplit(',', 1)", "replace('a', 'XY')",
            "replace('', '-')", "find('b')", "rfind('a')", "index('z')", "count('a')",
            "startswith(('a', 'H'))", "endswith('c')", "center(11, '*')", "ljust(6)", "rjust(6, '0')",
            "zfill(6)", "join(['x', 'y', 'z'])", "partition(',')", "rpartition('a')",
            "isdigit()", "isalpha()", "isupper()", "islower()", "isspace()", "splitlines()",
            "encode()", "casefold()", "expandtabs(4)", "removeprefix('a')", "removesuffix('c')",
            "format(1, 2)", "join([1, 2])", "center(-3)", "split('')", "isidentifier()",
        ])
        return "%s.%s" % (s, m)

    # -- statement blocks ---------------------------------------------------
    def b_expr(self):
        t = self.ch(["int", "int", "num", "float", "str", "list", "tuple", "bytes", "set", "bool"])
        e = self.expr(t)
        v = self.fresh()
        self.risky(["%s = %s" % (v, e), "print(%s)" % self.show(v, t)])

    def show(self, v, t=None):
        # never print a set that might contain strings; sets of small ints are fine
        if t == "set":
            return "sorted(%s, key=repr) if any(not isinstance(x, int) for x in %s) else %s" % (v, v, v)
        if self.r.random() < 0.5:
            return "repr(%s)" % v
        return v

    def b_mixed_types(self):
        a = self.lit(self.ch(["int", "float", "str", "list", "tuple", "none", "dict", "set", "bytes", "bool"]))
        b = self.lit(self.ch(["int", "float", "str", "list", "tuple", "none", "dict", "set", "bytes", "bool"]))
        op = self.ch(ARITH_OPS + CMP_OPS + ["in", "**", "<<", "@", "is"])
        if op == "**":
            b = str(self.r.randint(-2, 5))
        if op == "*" and self.r.random() < 0.7:
            b = str(self.r.randint(-2, 5))
        if op == "<<":
            b = str(self.r.randint(-1, 10))
        v = self.fresh()
        self.risky(["%s = %s %s %s" % (v, a, op, b),
                    "print(%s if not isinstance(%s, set) or all(isinstance(x, int) for x in %s) else sorted(%s, key=repr))" % (v, v, v, v)])

    def b_div(self):
        a = self.lit(self.ch(["int", "float"]))
        op = self.ch(["/", "//", "%"])
        f = self.ch(["%s %s 0", "%s %s 0.0", "divmod(%s, 0)", "%s %s -0.0", "pow(0, -1)", "0.0 ** -1", "abs(%s) ** 0.5"])
        if "%s %s" in f:
            e = f % (a, op)
        elif "%s" in f:
            e = f % a
        else:
            e = f
        self.risky(["print(%s)" % e])

    def b_index(self):
        t = self.ch(["list", "tuple", "str", "bytes", "range"])
        v = self.fresh("s")
        if t == "range":
            val = "range(%d, %d, %d)" % (self.r.randint(-5, 5), self.r.randint(-5, 20), self.ch([1, 2, 3, -1, -2]))
        else:
            val = self.lit(t)
        self.emit("%s = %s" % (v, val))
        for _ in range(self.r.randint(1, 4)):
            self.risky(["print(repr(%s[%s]))" % (v, self.slice_idx())])
        if t == "list" and self.r.random() < 0.6:
            k = self.slice_idx()
            self.risky(["%s[%s] = %s" % (v, k, self.ch(["[]", "[9, 8]", "'ab'", "99", "(1,)", "range(3)"])),
                        "print(%s)" % v])
            self.risky(["del %s[%s]" % (v, self.slice_idx()), "print(%s)" % v])

    def b_list_methods(self):
        v = self.fresh("L")
        self.emit("%s = %s" % (v, self.lit("list")))
        for _ in range(self.r.randint(2, 6)):
            m = self.ch(["append(%s)" % self.lit("sint"), "pop()", "pop(%d)" % self.r.randint(-4, 4),
                         "insert(%d, %s)" % (self.r.randint(-9, 9), self.lit("sint")),
                         "sort()", "sort(reverse=True)", "sort(key=%s)" % self.ch(["str", "abs", "lambda x: -x", "len", "repr"]),
                         "extend(%s)" % self.lit(self.ch(["list", "tuple", "str"])), "remove(%s)" % self.lit("sint"),
                         "index(%s)" % self.lit("sint"), "count(%s)" % self.lit("sint"), "reverse()",
                         "clear()", "copy()", "__len__()", "__contains__(1)"])
            self.risky(["print(%s.%s, %s)" % (v, m, v)])

    def b_dict_methods(self):
        v = self.fresh("D")
        self.emit("%s = %s" % (v, self.lit("dict")))
        for _ in range(self.r.randint(2, 6)):
            k = self.lit(self.ch(["str", "sint"]))
            m = self.ch(["get(%s)" % k, "get(%s, 'dflt')" % k, "pop(%s)" % k, "pop(%s, None)" % k,
                         "setdefault(%s, [])" % k, "update({%s: 1})" % k, "update(%s)" % self.lit("dict"),
                         "keys()", "values()", "items()", "popitem()", "copy()", "__getitem__(%s)" % k,
                         "fromkeys([1, 2], 0)", "update([(1, 2), (3,)])", "update(a=1, b=2)"])
            self.risky(["print(%s.%s, %s)" % (v, m, v)])
        self.risky(["print(sorted(%s.items(), key=repr), len(%s), list(%s))" % (v, v, v)])
        self.risky(["%s[%s] = %s" % (v, self.lit(self.ch(["str", "sint", "list"])), self.lit("sint")), "print(%s)" % v])
        self.risky(["print(%s | %s, %s == %s)" % (v, self.lit("dict"), v, self.lit("dict"))])

    def b_set_ops(self):
        a, b = self.fresh("S"), self.fresh("S")
        self.emit("%s = %s" % (a, self.lit("set")))
        self.emit("%s = %s" % (b, self.lit("set")))
        for _ in range(self.r.randint(2, 5)):
            e = self.ch(["%s | %s", "%s & %s", "%s - %s", "%s ^ %s", "%s <= %s", "%s < %s", "%s.isdisjoint(%s)",
                         "%s.union(%s, [1, 2])", "%s.intersection(%s)", "%s == %s", "frozenset(%s) | %s"]) % (a, b)
            self.risky(["print(%s)" % e])
        m = self.ch(["add(3)", "discard(2)", "remove(99)", "pop()", "update([5, 6])", "clear()",
                     "difference_update(%s)" % b, "add([1])"])
        self.risky(["print(%s.%s, %s, len(%s))" % (a, m, a, a)])

    def b_str_methods(self):
        v = self.fresh("t")
        self.emit("%s = %s" % (v, self.lit("str")))
        for _ in range(self.r.randint(2, 5)):
            self.risky(["print(repr(%s))" % self.str_method(v)])
        self.risky(["print(repr('%%s-%%d-%%5.2f-%%r' %% (%s, %s, %s, %s)))" % (v, self.lit("int"), self.lit("float"), v)])

    def b_loop(self):
        i = self.fresh("i")
        acc = self.fresh("acc")
        self.emit("%s = %s" % (acc, self.ch(["0", "[]", "''"])))
        n = self.r.randint(0, 7)
        if self.r.random() < 0.5:
            self.emit("for %s in %s:" % (i, self.ch(["range(%d)" % n, "range(%d, -1, -1)" % n, "[3, 1, 4, 1, 5][:%d]" % n, "'abcdefg'[:%d]" % n, "enumerate('xyz')", "zip([1, 2, 3], 'ab')"])))
        else:
            self.emit("%s = 0" % i)
            self.emit("while %s < %d:" % (i, n))
            self.emit("    %s += 1" % i)
        self.ind += 1
        c = self.r.random()
        if c < 0.3:
            self.emit("if %s == %d:\n    continue" % (i, self.r.randint(0, 4)))
        elif c < 0.5:
            self.emit("if %s == %d:\n    break" % (i, self.r.randint(0, 4)))
        self.emit("try:\n    %s += %s\nexcept TypeError as e:\n    print('!', 'TypeError', e)\n    %s = 0" % (acc, self.ch(["%s" % i, "[%s]" % i, "str(%s)" % i, "1"]), acc))
        self.emit("if %s %s %d:\n    print('lt', %s)\nelif %s == %d:\n    print('eq')\nelse:\n    pass" % (i, self.ch(CMP_OPS), self.r.randint(0, 4), i, i, self.r.randint(0, 4)))
        self.ind -= 1
        if self.r.random() < 0.3:
            self.emit("else:\n    print('loop-else')")
        self.emit("print(%s)" % acc)

    def b_func(self):
        f = self.fresh("f")
        params = self.ch(["a, b=2, *args, **kw", "a, b=[], c=None", "*args", "a, /, b, *, c=3", "**kw", "a=1, *args, d, **kw", "a, b=(1, 2)"])
        self.emit("def %s(%s):" % (f, params))
        body = {"a, b=2, *args, **kw": "return (a, b, args, sorted(kw.items()))",
                "a, b=[], c=None": "b.append(a)\n    return (a, b, c)",
                "*args": "return args",
                "a, /, b, *, c=3": "return a + b * c",
                "**kw": "return kw",
                "a=1, *args, d, **kw": "return (a, args, d, kw)",
                "a, b=(1, 2)": "return (a, b)"}[params]
        self.emit("    " + body)
        for _ in range(self.r.randint(2, 4)):
            args = self.ch(["", "1", "1, 2", "1, 2, 3, 4", "a=5", "1, b=7", "1, 2, c=9", "d=4", "1, d=2, e=3",
                            "*[1, 2]", "**{'a': 1, 'b': 2}", "1, a=2", "b=1", "1, 2, x=1, y=2", "*(), c=1", "1, **{'b': 3}"])
            self.risky(["print(%s(%s))" % (f, args)])

    def b_closure(self):
        mk = self.fresh("make")
        self.emit("def %s(start):\n    n = start\n    def inc(by=1):\n        nonlocal n\n        n += by\n        return n\n    return inc" % mk)
        c = self.fresh("c")
        self.emit("%s = %s(%s)" % (c, mk, self.lit("sint")))
        for _ in range(self.r.randint(1, 4)):
            self.risky(["print(%s(%s))" % (c, self.ch(["", "2", "-5", "'x'", "10**20"]))])
        self.emit("print([f() for f in [(lambda k=k: k * 2) for k in range(%d)]])" % self.r.randint(0, 4))
        self.emit("print([f() for f in [(lambda: k) for k in range(%d)]])" % self.r.randint(0, 4))

    def b_class(self):
        C = self.fresh("C")
        self.classes.append(C)
        self.emit("class %s:" % C)
        self.emit("    def __init__(self, *items):\n        self.items = list(items)")
        self.emit("    def __repr__(self):\n        return '%s(%%r)' %% (self.items,)" % C)
        if self.r.random() < 0.8:
            self.emit("    def __eq__(self, other):\n        if not isinstance(other, %s):\n            return NotImplemented\n        return self.items == other.items" % C)
        if self.r.random() < 0.8:
            self.emit("    def __len__(self):\n        return len(self.items)")
        if self.r.random() < 0.8:
            self.emit("    def __getitem__(self, i):\n        return self.items[i]")
        if self.r.random() < 0.4:
            self.emit("    def __lt__(self, other):\n        return len(self.items) < len(other.items)")
        o1, o2 = self.fresh("o"), self.fresh("o")
        self.emit("%s = %s(%s)" % (o1, C, ", ".join(self.lit("sint") for _ in range(self.r.randint(0, 4)))))
        self.emit("%s = %s(%s)" % (o2, C, ", ".join(self.lit("sint") for _ in range(self.r.randint(0, 4)))))
        for e in self.r.sample(["repr(%s)" % o1, "str(%s)" % o2, "%s == %s" % (o1, o2), "%s != %s" % (o1, o2),
                                "len(%s)" % o1, "%s[%d]" % (o1, self.r.randint(-3, 3)), "list(%s)" % o2,
                                "%s in %s" % (self.lit("sint"), o1), "bool(%s)" % o2, "%s < %s" % (o1, o2),
                                "%s[1:]" % o1, "sorted([%s, %s])" % (o1, o2), "%s == 1" % o1, "%s.nope" % o1,
                                "[x for x in %s]" % o1, "%s(1, 2).items" % C, "%s > %s" % (o1, o2)],
                               self.r.randint(3, 7)):
            self.risky(["print(%s)" % e])

    def b_generator(self):
        g = self.fresh("gen")
        n = self.r.randint(0, 4)
        self.emit("def %s(n):\n    for i in range(n):\n        x = yield i * 2\n        if x is not None:\n            print('got', x)\n    return 'done%d'" % (g, n))
        h = self.fresh("outer")
        self.emit("def %s():\n    r = yield from %s(%d)\n    print('inner returned', r)\n    yield from 'ab'\n    yield from [10, 20]" % (h, g, n))
        self.emit("print(list(%s()))" % h)
        it = self.fresh("it")
        self.emit("%s = %s(%d)" % (it, g, n))
        for _ in range(self.r.randint(1, 5)):
            self.risky(["print(%s)" % self.ch(["next(%s)" % it, "%s.send(%s)" % (it, self.lit("sint")), "next(%s, 'end')" % it,
                                                 "%s.throw(ValueError('boom'))" % it, "%s.close()" % it, "list(%s)" % it])])
        self.risky(["print(sum(x * x for x in range(%d) if x %% 2), list(zip(%s(3), 'abcd')))" % (self.r.randint(0, 6), g)])

    def b_try(self):
        f = self.fresh("tf")
        exc = self.ch(["ValueError('bad')", "KeyError('k')", "TypeError", "ZeroDivisionError('z')", "IndexError(1, 2)", "RuntimeError()", "StopIteration(5)"])
        self.emit("def %s(k):" % f)
        self.emit("    try:\n        if k == 0:\n            raise %s\n        if k == 1:\n            return 1 // 0\n        if k == 2:\n            return [][5]\n        return {}['missing']" % exc)
        handler = self.ch(["except (ValueError, KeyError) as e:\n        print('caught', type(e).__name__, e)\n        return 'h1'",
                           "except ZeroDivisionError:\n        print('zde')\n        raise ValueError('from zde')",
                           "except LookupError as e:\n        print('lookup', repr(e), e.args)\n        return 'h2'",
                           "except Exception as e:\n        raise RuntimeError('wrapped') from e"])
        self.emit("    " + handler)
        self.emit("    finally:\n        print('finally', k)")
        if self.r.random() < 0.2:
            self.emit("        return 'fin'")
        for k in self.r.sample(range(4), self.r.randint(2, 4)):
            self.emit("try:\n    print(%s(%d))\nexcept Exception as e:\n    print('!', type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)" % (f, k))

    def b_with(self):
        if not any(c.startswith("CM") for c in self.classes):
            self.emit("class CM:\n    def __init__(self, name, suppress=False):\n        self.name = name\n        self.suppress = suppress\n"
                      "    def __enter__(self):\n        print('enter', self.name)\n        return self\n"
                      "    def __exit__(self, et, ev, tb):\n        print('exit', self.name, et.__name__ if et else None, ev)\n        return self.suppress")
            self.classes.append("CM")
        body = self.ch(["print('body')", "raise ValueError('in body')", "print(1 / 0)", "print(a.name, b.name)", "pass"])
        self.risky(["with CM('a', %s) as a, CM('b', %s) as b:" % (self.lit("bool"), self.lit("bool")),
                    "    " + body, "print('after with')"])

    def b_comprehension(self):
        n = self.r.randint(0, 6)
        e = self.ch(["[x * %s for x in range(%d) if x %% 2 == 0]" % (self.lit("sint"), n),
                     "{x: x ** 2 for x in range(%d)}" % n,
                     "{x %% 3 for x in range(%d)}" % n,
                     "[(x, y) for x in range(%d) for y in 'ab' if x != 1]" % n,
                     "list(x for x in %s if x)" % self.lit("list"),
                     "{k: v for k, v in zip('abc', %s)}" % self.lit("list"),
                     "[[y for y in range(x)] for x in range(%d)]" % n,
                     "[x // (x - 2) for x in range(%d)]" % n,
                     "sum([x for x in range(%d)], %s)" % (n, self.lit("int")),
                     "[i for i in %s]" % self.lit(self.ch(["str", "dict", "tuple", "bytes"])),
                     "max(%s)" % self.lit("list"), "min(%s, default='none')" % self.lit("list"),
                     "any(x > 2 for x in range(%d))" % n, "all([])", "sorted({3: 'a', 1: 'b'}.items(), key=lambda kv: kv[1])"])
        self.risky(["print(%s)" % e])

    def b_fstring(self):
        v = self.lit(self.ch(["int", "float", "str", "list"]))
        spec = self.ch(["", ":>8", ":<6", ":^9", ":08.3f", ":.2e", ":,", ":_", ":#x", ":b", ":+d", ":.3", "!r", "!s", ":d", ":%", ":*^12", "!a", ":10.4g", ":=+7"])
        self.risky(["x = %s" % v, "print(f'[{x%s}] {x!r:>12} {len(str(x))}')" % spec])
        self.risky(["print('{0}-{1!r}-{0:>4}'.format(%s, %s), format(%s, %r))" % (self.lit("str"), self.lit("int"), self.lit(self.ch(["int", "float"])), self.ch(["", "x", ".1f", "5", "e", "g"]))])

    def b_del(self):
        v, w = self.fresh("d"), self.fresh("d")
        self.emit("%s = %s\n%s = %s" % (v, self.lit("list"), w, v))
        self.emit("del %s" % v)
        self.risky(["print(%s)" % v])
        self.risky(["print(%s)" % w, "del %s[%s]" % (w, self.slice_idx()), "print(%s)" % w])
        self.risky(["del %s" % v])

    def b_refcount(self):
        v = self.fresh("rc")
        self.emit("%s = %s" % (v, self.ch(["[1, 2, 3]", "[]", "{'a': 1}", "{}", "[[]]", "list(range(5))", "set([1, 2])", "bytearray(b'ab')"])))
        self.emit("print(sys.getrefcount(%s))" % v)
        steps = self.r.sample(["alias", "list", "dict", "attr", "del", "func", "tuple", "loop"], self.r.randint(1, 4))
        for s in steps:
            if s == "alias":
                w = self.fresh("al")
                self.emit("%s = %s" % (w, v))
            elif s == "list":
                self.emit("%s = [%s, %s]" % (self.fresh("hold"), v, v))
            elif s == "dict":
                self.emit("%s = {'k': %s}" % (self.fresh("hold"), v))
            elif s == "tuple":
                self.emit("%s = (%s,)" % (self.fresh("hold"), v))
            elif s == "attr":
                self.emit("class %s: pass" % self.fresh("Holder"))
                self.emit("Holder%d.x = %s" % (self.n, v))
            elif s == "del":
                w = self.fresh("tmp")
                self.emit("%s = %s\ndel %s" % (w, v, w))
            elif s == "func":
                self.emit("def %s(x):\n    return sys.getrefcount(x)" % self.fresh("rcf"))
                self.emit("print(rcf%d(%s))" % (self.n, v))
            elif s == "loop":
                self.emit("for _q in [%s]:\n    print(sys.getrefcount(%s))" % (v, v))
            self.emit("print(sys.getrefcount(%s))" % v)

    def b_sizeof(self):
        e = self.ch(["[]", "[1, 2, 3]", "list(range(%d))" % self.r.randint(0, 20), "()", "(1, 2)", "tuple(range(%d))" % self.r.randint(0, 9),
                     "{}", "{'a': 1}", "dict.fromkeys(range(%d))" % self.r.randint(0, 12), "set()", "set(range(%d))" % self.r.randint(0, 12),
                     "[0] * %d" % self.r.randint(0, 12), "'abc'", "b'xyz'", "%s" % self.lit("int"), "1.5", "[x for x in range(%d)]" % self.r.randint(0, 12),
                     "bytearray(b'abc')", "frozenset({1, 2})", "{i: i for i in range(%d)}" % self.r.randint(0, 12)])
        self.emit("print(sys.getsizeof(%s))" % e)
        if self.r.random() < 0.5:
            v = self.fresh("g")
            self.emit("%s = []\nfor _k in range(%d):\n    %s.append(_k)\n    print(sys.getsizeof(%s), end=' ')\nprint()" % (v, self.r.randint(0, 12), v, v))
            self.risky(["%s.pop()" % v, "print(sys.getsizeof(%s))" % v])

    def b_gc_cycle(self):
        self.emit("gc.collect()")
        kind = self.r.randint(0, 3)
        if kind == 0:
            self.emit("_cy = []\n_cy.append(_cy)\ndel _cy")
        elif kind == 1:
            self.emit("_a = {}\n_b = {'a': _a}\n_a['b'] = _b\ndel _a, _b")
        elif kind == 2:
            self.emit("class _Node:\n    pass")
            self.emit("_n1 = _Node()\n_n2 = _Node()\n_n1.o = _n2\n_n2.o = _n1\ndel _n1, _n2")
            self.emit("gc.collect()")
            self.emit("_n1 = _Node()\n_n2 = _Node()\n_n1.o = _n2\n_n2.o = _n1\ndel _n1, _n2")
        else:
            self.emit("_l = [1, 2]\n_t = (_l,)\n_l.append(_t)\ndel _l, _t")
        self.emit("print('gc', gc.collect())")

    def b_del_method(self):
        if "DelMe" not in self.classes:
            self.emit("class DelMe:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print('del', self.name)")
            self.classes.append("DelMe")
        a = self.fresh("dm")
        self.emit("%s = DelMe('%s')" % (a, a))
        c = self.r.randint(0, 4)
        if c == 0:
            self.emit("%s = None" % a)
        elif c == 1:
            self.emit("_hold = [%s, DelMe('tmp')]\ndel %s\nprint('cleared')\n_hold.clear()" % (a, a))
        elif c == 2:
            self.emit("%s.me = %s\ndel %s\nprint('cycle made')\ngc.collect()\nprint('collected')" % (a, a, a))
        elif c == 3:
            self.emit("def _dmf():\n    x = DelMe('local')\n    return 1\nprint(_dmf())")
        else:
            self.emit("%s = DelMe('replacement')\nprint('replaced')" % a)
        self.emit("print('end-del-block')")

    def b_misc_builtins(self):
        e = self.ch(["int('%s')" % self.ch(["12", " -7 ", "0x1f", "1_000", "abc", "9" * 30]),
                     "int('ff', 16)", "int('101', 2)", "hex(%s)" % self.lit("int"), "bin(%s)" % self.lit("int"),
                     "oct(%s)" % self.lit("int"), "chr(%s)" % self.ch(["65", "0x1F600", "-1", "10**7"]),
                     "ord(%s)" % self.ch(["'a'", "'ab'", "''", "'é'"]), "str(%s)" % self.lit("bytes"),
                     "bytes(%s)" % self.ch(["3", "[65, 66]", "'abc'", "[256]", "-1"]),
                     "list(reversed(%s))" % self.lit(self.ch(["list", "str", "tuple"])),
                     "list(enumerate(%s, 1))" % self.lit("str"), "isinstance(%s, (int, str))" % self.lit("bool"),
                     "(%s).bit_length()" % self.lit("int"), "(%s).is_integer()" % self.lit("float"),
                     "(%s).hex()" % self.lit("float"), "round(%s, 1)" % self.lit("float"),
                     "pow(%s, %d, %s)" % (self.lit("int"), self.r.randint(-1, 9), self.ch(["7", "0", "10**9+7", "-3"])),
                     "min(%s, %s)" % (self.lit("int"), self.lit("float")), "abs(%s)" % self.lit("float"),
                     "(%s).to_bytes(4, 'big')" % self.lit("int"), "int.from_bytes(%s, 'little')" % self.lit("bytes"),
                     "float(%s).as_integer_ratio()" % self.lit("int"), "%s.conjugate()" % "(5)",
                     "sum(%s)" % self.lit("list"), "list(map(str, range(3)))", "list(filter(None, %s))" % self.lit("list"),
                     "type(%s).__name__" % self.lit(self.ch(["int", "list", "dict", "bytes"])), "hash(%s)" % self.lit(self.ch(["sint", "float", "int"])),
                     "range(%d, %d)[%d]" % (self.r.randint(-3, 3), self.r.randint(-3, 9), self.r.randint(-4, 4)),
                     "repr(range(0, %d, 2))" % self.r.randint(0, 9), "(%s).count(1)" % self.lit("tuple"),
                     "divmod(%s, %s)" % (self.lit("float"), self.lit("int"))])
        self.risky(["print(%s)" % e])

    def b_unpack(self):
        self.risky(["%s = %s" % (self.ch(["a, b", "a, *b", "*a, b", "a, (b, c)", "[a, b, c]", "a, b, *c"]),
                                 self.lit(self.ch(["list", "tuple", "str"]))),
                    "print(%s)" % self.ch(["a", "b", "a, b"])])

    def b_augassign(self):
        v = self.fresh("ag")
        t = self.ch(["int", "str", "list", "float", "tuple"])
        self.emit("%s = %s" % (v, self.lit(t)))
        for _ in range(self.r.randint(1, 4)):
            op = self.ch(["+=", "-=", "*=", "//=", "%=", "|=", "**="])
            rhs = self.lit(self.ch([t, "sint", "str", "list"]))
            if op in ("*=", "**="):
                rhs = str(self.r.randint(-1, 3))
            self.risky(["%s %s %s" % (v, op, rhs), "print(repr(%s))" % v])

    BLOCKS = ["b_expr", "b_expr", "b_expr", "b_mixed_types", "b_mixed_types", "b_div", "b_index", "b_index",
              "b_list_methods", "b_dict_methods", "b_set_ops", "b_str_methods", "b_loop", "b_func", "b_closure",
              "b_class", "b_generator", "b_try", "b_with", "b_comprehension", "b_fstring", "b_fstring", "b_del",
              "b_refcount", "b_refcount", "b_sizeof", "b_gc_cycle", "b_del_method", "b_misc_builtins",
              "b_misc_builtins", "b_unpack", "b_augassign"]

    def program(self):
        self.emit("import sys, gc\ngc.disable()\ngc.collect()")
        for _ in range(self.r.randint(4, 14)):
            getattr(self, self.ch(self.BLOCKS))()
        # occasionally end with an uncaught exception (traceback + exit status)
        c = self.r.random()
        if c < 0.05:
            self.emit("raise ValueError('final')")
        elif c < 0.08:
            self.emit("print([1, 2][%d])" % self.r.randint(2, 5))
        elif c < 0.10:
            self.emit("sys.exit(%s)" % self.ch(["3", "'bye'", "None", "0"]))
        return "\n".join(self.lines) + "\n"


def generate(seed):
    return Gen(seed).program()


# --------------------------------------------------------------------------
# mutation mode
# --------------------------------------------------------------------------

def transcript_statements(path):
    """Typed statements of a .pycon transcript: lists of source lines."""
    stmts = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for ln in fh.read().split("\n"):
            if ln.startswith(">>> ") or ln == ">>>":
                if cur:
                    stmts.append(cur)
                cur = [ln[4:]]
            elif (ln.startswith("... ") or ln == "...") and cur is not None:
                cur.append(ln[4:])
            else:
                if cur:
                    stmts.append(cur)
                cur = None
    if cur:
        stmts.append(cur)
    out = []
    for s in stmts:
        while s and not s[-1].strip():
            s = s[:-1]
        if not s or s[0].startswith(":") or not "".join(s).strip():
            continue
        out.append("\n".join(s))
    return out


_OPS_GROUPS = [["+", "-", "*", "//", "%", "/", "**", "&", "|", "^", "<<", ">>"],
               ["<", "<=", ">", ">=", "==", "!="],
               ["+=", "-=", "*=", "//=", "|="],
               ["and", "or"], ["is", "in"]]


def _tokens(src):
    try:
        return list(tokenize.generate_tokens(_io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None


def _replace_span(src, tok, new):
    lines = src.split("\n")
    (r1, c1), (r2, c2) = tok.start, tok.end
    if r1 != r2:
        return src
    ln = lines[r1 - 1]
    lines[r1 - 1] = ln[:c1] + new + ln[c2:]
    return "\n".join(lines)


def mutate_stmt(r, src):
    toks = _tokens(src)
    if not toks:
        return src
    kind = r.choice(["int", "int", "op", "swap", "str"])
    nums = [t for t in toks if t.type == tokenize.NUMBER]
    strs = [t for t in toks if t.type == tokenize.STRING and t.start[0] == t.end[0]]
    if kind == "int" and nums:
        t = r.choice(nums)
        new = r.choice(["0", "1", "-1", "2", "3", "7", "100", "2**64", "-5", "10**20", "0.5", "257", "-0"])
        return _replace_span(src, t, new)
    if kind == "op":
        cands = []
        for t in toks:
            for g in _OPS_GROUPS:
                if t.string in g and t.type in (tokenize.OP, tokenize.NAME):
                    cands.append((t, g))
        if cands:
            t, g = r.choice(cands)
            return _replace_span(src, t, r.choice([o for o in g if o != t.string]))
    if kind == "swap":
        lits = nums + strs
        if len(lits) >= 2:
            a, b = r.sample(lits, 2)
            if a.start[0] == b.start[0] == a.end[0] == b.end[0]:
                if a.start > b.start:
                    a, b = b, a
                lines = src.split("\n")
                ln = lines[a.start[0] - 1]
                ln = ln[:a.start[1]] + b.string + ln[a.end[1]:b.start[1]] + a.string + ln[b.end[1]:]
                lines[a.start[0] - 1] = ln
                return "\n".join(lines)
            return _replace_span(_replace_span(src, b, a.string), a, b.string) if a.start[0] != b.start[0] else src
    if kind == "str" and strs:
        t = r.choice(strs)
        return _replace_span(src, t, r.choice(["''", "'x'", "'abc'", "b'ab'", "'%s'", "'{}'", "'a b'"]))
    return src


def build_mutant(seed, transcripts):
    r = random.Random(seed)
    path = r.choice(transcripts)
    stmts = transcript_statements(path)
    if not stmts:
        return None, path
    stmts = list(stmts)
    for _ in range(r.randint(1, 3)):
        op = r.choice(["mut", "mut", "mut", "dup", "drop"])
        i = r.randrange(len(stmts))
        if op == "mut":
            stmts[i] = mutate_stmt(r, stmts[i])
        elif op == "dup":
            stmts.insert(r.randrange(len(stmts) + 1), stmts[i])
        elif op == "drop" and len(stmts) > 1:
            del stmts[i]
    out = ["def __show(v):", "    if v is not None:", "        print(repr(v))"]
    for s in stmts:
        try:
            compile(s, "<s>", "exec")
        except SyntaxError:
            continue
        except Exception:
            continue
        try:
            compile(s, "<s>", "eval")
            s = "__show(%s)" % s if "\n" not in s else "__show((\n%s\n))" % s
        except SyntaxError:
            pass
        except Exception:
            pass
        out.append("try:")
        out.extend("    " + ln for ln in s.split("\n"))
        out.append("except Exception as __e:")
        out.append("    print('!', type(__e).__name__, __e)")
    return "\n".join(out) + "\n", path


# --------------------------------------------------------------------------
# running and comparing
# --------------------------------------------------------------------------

def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_one(cmd, path, timeout):
    d = os.path.dirname(path)
    base = os.path.basename(path)
    with open(path + ".o", "wb") as fo, open(path + ".e", "wb") as fe:
        try:
            p = subprocess.Popen(cmd + [base], cwd=d, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe,
                                 preexec_fn=_limits, start_new_session=True)
            try:
                rc = p.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, 9)
                p.wait()
                rc = "timeout"
        except OSError as e:
            rc = "oserror %s" % e
    with open(path + ".o", "rb") as f:
        out = f.read()
    with open(path + ".e", "rb") as f:
        err = f.read()
    os.unlink(path + ".o")
    os.unlink(path + ".e")
    return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def normalize(text, base):
    return re.sub(r'File "[^"]*"', lambda m: 'File "%s"' % base if m.group(0).endswith(base + '"') or "/" in m.group(0) else m.group(0), text)


def first_diff(a, b):
    la, lb = a.split("\n"), b.split("\n")
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<EOF>"
        y = lb[i] if i < len(lb) else "<EOF>"
        if x != y:
            return i + 1, x, y
    return None


def shape(line):
    s = re.sub(r"'[^']*'|\"[^\"]*\"", "'S'", line)
    s = re.sub(r"-?\d+(\.\d+)?(e[-+]?\d+)?", "N", s)
    s = re.sub(r"\b(v|s|L|D|S|t|i|acc|f|make|c|C|o|gen|outer|it|tf|d|rc|al|hold|Holder|tmp|rcf|g|dm|ag)N\b", "VAR", s)
    return s[:160]


def compare(py, mp, base):
    """returns (category, detail)"""
    prc, pout, perr = py
    mrc, mout, merr = mp
    if any(t in merr for t in CRASH_TEXT) or (isinstance(mrc, int) and mrc < 0):
        m = re.search(r"(panicked at [^\n]*\n?[^\n]*|stack overflow|memory allocation of[^\n]*|fatal runtime error[^\n]*)", merr)
        return "crash", (m.group(0) if m else "signal %s" % mrc)
    if mrc == "timeout":
        return "hang", "timeout"
    pe, me = normalize(perr, base), normalize(merr, base)
    for rx in MASKS:
        pout, mout, pe, me = (re.sub(rx, "", t) for t in (pout, mout, pe, me))
    if pout == mout and pe == me and prc == mrc:
        return "identical", None
    if pout != mout:
        ln, x, y = first_diff(pout, mout)
        return "differs", ("stdout", ln, x, y)
    if pe != me:
        ln, x, y = first_diff(pe, me)
        return "differs", ("stderr", ln, x, y)
    return "differs", ("exit", 0, str(prc), str(mrc))


def work(job):
    idx, mode, seed, args, transcripts = job
    wdir = os.path.join(args.work, "w%d" % idx)
    os.makedirs(wdir, exist_ok=True)
    base = "prog.py"
    path = os.path.join(wdir, base)
    src_from = None
    if mode == "mutate":
        src, src_from = build_mutant(seed, transcripts)
        if src is None:
            shutil.rmtree(wdir, ignore_errors=True)
            return idx, seed, "skipped", "empty transcript", None, src_from
    else:
        src = generate(seed)
    with open(path, "w") as f:
        f.write(src)
    py = run_one([args.python], path, args.timeout)
    if py[0] == "timeout" or (isinstance(py[0], int) and py[0] < 0) or "File too large" in py[2]:
        shutil.rmtree(wdir, ignore_errors=True)
        return idx, seed, "skipped", "python %s" % py[0], None, src_from
    mp = run_one(args.minipy, path, args.timeout)
    cat, detail = compare(py, mp, base)
    if cat != "identical":
        py2 = run_one([args.python], path, args.timeout)
        if py2 != py:
            cat, detail = "nondet", "python3.11 differs from itself"
    res = None
    if cat != "identical" or args.keep_identical:
        os.makedirs(args.out, exist_ok=True)
        name = "%s-%s%d" % (cat, "m" if mode == "mutate" else "g", idx)
        shutil.copy(path, os.path.join(args.out, name + ".py"))
        with open(os.path.join(args.out, name + ".txt"), "w") as f:
            f.write("seed %s mode %s %s\ncategory %s\ndetail %r\n" % (seed, mode, src_from or "", cat, detail))
            for tag, (rc, o, e) in (("python3.11", py), ("minipy", mp)):
                f.write("==== %s exit %s\n---- stdout\n%s\n---- stderr\n%s\n" % (tag, rc, o[-20000:], e[-20000:]))
        res = name
    shutil.rmtree(wdir, ignore_errors=True)
    return idx, seed, cat, detail, res, src_from


def diff_key(detail):
    stream, _, x, y = detail
    return "%s: py %s  |  minipy %s" % (stream, shape(x), shape(y))


def main():
    ap = argparse.ArgumentParser(description="differential fuzzer: minipy vs python3.11")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--mutate", action="store_true")
    ap.add_argument("--minipy", default="/tmp/minipy-fuzz")
    ap.add_argument("--python", default=PYTHON)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--out", default="/tmp/fuzzdiff-out/")
    ap.add_argument("--work", default=None)
    ap.add_argument("--transcripts", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "transcripts"))
    ap.add_argument("--keep-identical", action="store_true")
    ap.add_argument("--mask", action="append", default=[], metavar="REGEX",
                    help="delete matches of REGEX from both outputs before comparing (hide a known root cause "
                         "so others surface); may be repeated")
    ap.add_argument("--print", dest="print_seed", action="store_true", help="print the program for --seed and exit")
    ap.add_argument("--reduce", metavar="FILE", help="reduce FILE (greedy line/block removal) and print the result")
    args = ap.parse_args()
    args.minipy = [args.minipy, "run"]
    MASKS.extend(args.mask)
    if args.work is None:
        args.work = "/tmp/fuzzdiff-work-%d" % os.getpid()
    os.makedirs(args.work, exist_ok=True)

    if args.print_seed:
        if args.mutate:
            tr = sorted(glob.glob(os.path.join(args.transcripts, "**", "*.pycon"), recursive=True))
            print(build_mutant(args.seed, tr)[0], end="")
        else:
            print(generate(args.seed), end="")
        return
    if args.reduce:
        print(reduce_file(args.reduce, args), end="")
        return

    transcripts = []
    if args.mutate:
        transcripts = sorted(glob.glob(os.path.join(args.transcripts, "**", "*.pycon"), recursive=True))
    mode = "mutate" if args.mutate else "gen"
    jobs = [(i, mode, args.seed * 1000003 + i, args, transcripts) for i in range(args.count)]
    totals = {}
    groups = {}
    crashes = {}
    done = 0
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        for idx, seed, cat, detail, name, src_from in ex.map(work, jobs):
            done += 1
            totals[cat] = totals.get(cat, 0) + 1
            if cat == "differs":
                groups.setdefault(diff_key(detail), []).append(name)
            elif cat in ("crash", "hang", "nondet"):
                crashes.setdefault((cat, shape(str(detail))), []).append(name)
            if cat not in ("identical", "skipped"):
                print("[%d] %s %s %s" % (idx, cat, name, detail if cat != "differs" else "%s line %s: py %r | minipy %r" % detail), flush=True)
            if done % 250 == 0:
                print("... %d/%d %s" % (done, args.count, totals), flush=True)
    shutil.rmtree(args.work, ignore_errors=True)
    print("\n==== summary (%s, seed %d, count %d)" % (mode, args.seed, args.count))
    for k in sorted(totals):
        print("  %-10s %d" % (k, totals[k]))
    for (cat, sh), names in sorted(crashes.items(), key=lambda kv: -len(kv[1])):
        print("  %s x%d  %s  e.g. %s" % (cat, len(names), sh, names[0]))
    print("  differs, grouped by first differing line's shape:")
    for k, names in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print("    x%-4d %s\n          e.g. %s" % (len(names), k, ", ".join(names[:3])))


# --------------------------------------------------------------------------
# reducer
# --------------------------------------------------------------------------

def verdict(src, args):
    wdir = os.path.join(args.work, "red")
    os.makedirs(wdir, exist_ok=True)
    path = os.path.join(wdir, "prog.py")
    with open(path, "w") as f:
        f.write(src)
    py = run_one([args.python], path, args.timeout)
    if py[0] == "timeout":
        return None
    mp = run_one(args.minipy, path, args.timeout)
    cat, detail = compare(py, mp, "prog.py")
    if cat == "differs":
        return (cat, diff_key(detail))
    if cat in ("crash", "hang"):
        return (cat, shape(str(detail)))
    return (cat,)


def reduce_file(fname, args):
    src = open(fname).read()
    target = verdict(src, args)
    sys.stderr.write("target verdict: %r\n" % (target,))
    if target is None or target[0] == "identical":
        return src
    lines = src.split("\n")
    # greedy removal of chunks (top-level blocks first, then single lines)
    chunk = max(1, len(lines) // 2)
    while chunk >= 1:
        i = 0
        changed = False
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk:]
            v = verdict("\n".join(cand), args)
            if v == target:
                lines = cand
                changed = True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return "\n".join(lines)


if __name__ == "__main__":
    main()
