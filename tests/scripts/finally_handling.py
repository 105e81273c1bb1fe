log = []


def process(value):
    log.append(f'start {value!r}')
    try:
        result = 100 // int(value)
    except ValueError:
        log.append('bad value')
        return None
    except ZeroDivisionError as e:
        log.append(f'math error: {e}')
        return 0
    else:
        log.append('ok')
        return result
    finally:
        log.append(f'end {value!r}')


for v in ['5', 'x', '0', '-3']:
    print(v, '->', process(v))
for entry in log:
    print(' ', entry)


def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', repr(e))
    finally:
        print('outer finally')


nested()
