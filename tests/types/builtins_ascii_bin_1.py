# ascii, bin, oct, hex, repr, chr, ord
print(ascii('plain'), ascii('café'), ascii('€'), ascii('\U0001F600'), ascii('\n'))
print(ascii(['é', 1]), ascii({'k': 'ü'}), ascii(b'\xff'), ascii(1.5))
print(bin(0), bin(5), bin(-5), bin(2 ** 20))
print(oct(0), oct(8), oct(-8), oct(511))
print(hex(0), hex(255), hex(-255), hex(2 ** 64))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16))
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct('8')
except TypeError as e:
    print(type(e).__name__, e)
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('tab\t'), repr('\x00\x7f'))
print(repr('é'), repr('\u200b'), repr('\U0001F600'))
print(chr(65), chr(0x263A), ord('A'), ord('\u263a'))
print(f'{10:b}', f'{10:o}', f'{10:x}', f'{10:#b}')
