cases = [r'"\x4"', r'"\x"', r'"ab\x4g"', r'"\u12"', r'"\U1234"', r'"\U11111111"', r'"\N"', r'"\N{abc"', r'"\N{BOGUS}"', r'"é\x4"', r'"\N{BULLET}\x"', r'f"\x4{1}"', r'"ok" "\x4"', r'"\N{}"','"a\\\nb\\x4"', r'"\N{bullet}\N{GREEK SMALL LETTER ALPHA}"', r'"\N{LATIN CAPITAL LETTER GHA}"', r'"\u00e9\U0001F600"']
for c in cases:
    try:
        code = compile("x = " + c + " + 'z'\n", "f", "exec")
        ns = {}
        exec(code, ns)
        print(c, "OK", ascii(ns['x']))
    except SyntaxError as e:
        print(c, "|", e.msg, "|", e.offset, e.end_offset, e.lineno)
