for c in ['x = 1print(2)', 'x = 12abc', 'x = 0x1fg', 'x = 0o17z', 'x = 0b12', 'x = 0b1z', 'x = 1.5x', 'x = 1e5x', 'x = 1if 1 else 2', 'x = [1for y in z]', 'x = 1_000abc', 'x = 1__0', 'x = 0x', 'x = 1.e', 'x = 09', 'x = 1é', 'x = 1 if 1else 2', 'x = 0o8', 'x = 1ifx', 'x = 3or 4', 'x = 1_']:
    try:
        compile(c, 'f', 'exec'); print(repr(c), 'OK')
    except SyntaxError as e:
        print(repr(c), '|', e.msg, e.offset, e.end_offset)
