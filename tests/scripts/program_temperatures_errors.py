class Temperature:
    def __init__(self, c):
        if c < -273.15:
            raise ValueError(f"{c} is below absolute zero")
        self.c = c
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f"Temperature({self.c})"
temps = [Temperature(t) for t in (20, -5, 37.5)]
print(sorted(temps), min(temps), max(temps))
readings = ['12', 'x', '-300', '5']
good = []
for r in readings:
    try:
        good.append(Temperature(float(r)))
    except ValueError as e:
        print('skip', repr(r), '->', e)
print(good)
Temperature(-500)
