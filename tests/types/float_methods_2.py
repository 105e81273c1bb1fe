# float.hex and float.fromhex
for x in [1.0, 0.5, 2.0, -1.5, 0.1, 0.0, -0.0, 1e-300, 3.0, 255.0]:
    print(x, x.hex())
print(float('inf').hex(), float('-inf').hex(), float('nan').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('0x1p-2'), float.fromhex('-0x1.0p+0'))
print(float.fromhex('0x10'), float.fromhex('  0xA.8p0 '), float.fromhex('inf'))
print(float.fromhex((0.1).hex()) == 0.1)
try:
    float.fromhex('0xg')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.fromhex('0x1p99999')
except OverflowError as e:
    print(type(e).__name__, e)
