x = {}
dict.update(x, b=2); print(x)
for f in [lambda: dict.update(), lambda: list.append(), lambda: str.upper(), lambda: dict.update(b=2), lambda: dict.get(k=1), lambda: list.sort(key=len), lambda: str.split(sep=','), lambda: dict.pop(), lambda: set.add(), lambda: bytes.hex(), lambda: int.to_bytes(length=2)]:
    try: print(f())
    except TypeError as e: print(e)
