# str predicates
samples = ['', 'abc', 'ABC', 'Abc Def', '123', '١٢٣', '½', 'abc123', ' \t\n', 'ab cd', 'snake_case', '_private', '9lives', 'ñandú']
for t in samples:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print('\x07'.isprintable(), 'a\nb'.isprintable())
