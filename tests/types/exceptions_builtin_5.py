# raising and catching builtin exceptions by base class
def risky(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][1]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('x')
    if kind == 'attr':
        return (1).nope
    if kind == 'name':
        return undefined_thing
    if kind == 'overflow':
        return float(2 ** 5000)
    if kind == 'recursion':
        return risky('recursion')
    if kind == 'unicode':
        return b'\xff'.decode()
    if kind == 'assert':
        assert kind == 'other', 'assertion message'
    if kind == 'stop':
        return next(iter([]))
    return 'fine'
for kind in ['zero', 'key', 'index', 'type', 'value', 'attr', 'name', 'overflow', 'recursion', 'unicode', 'assert', 'stop', 'ok']:
    try:
        result = risky(kind)
        print(kind, 'ok', result)
    except (ArithmeticError, LookupError) as e:
        print(kind, 'arith/lookup', type(e).__name__, e)
    except ValueError as e:
        print(kind, 'value', type(e).__name__, e)
    except Exception as e:
        print(kind, 'other', type(e).__name__, e)
