# Characters a name may not hold, NFKC-normalized names, and int literal digit limits,
# each compiled on its own.
cases = ['a€ = 1', 'x = 1 \u200b+ 2', 'x = \ufeff1', '\u0663 = 1', 'ℌ = 3', 'é = 2',
         'x = 1 \u200d', '_é\u0663 = 4', 'ﬁ = 5', 'x = 1' + '0' * 4300, 'x = 0x' + 'f' * 5000]
for src in cases:
    try:
        ns = {}
        exec(compile(src, 'f', 'exec'), ns)
        print(ascii(src[:12]), sorted(k for k in ns if k != '__builtins__'))
    except SyntaxError as e:
        print(ascii(src[:12]), e.msg[:90], e.lineno, e.offset)
