# str.format and format specs
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:*^11}'.format('mid'), '{:08.3f}'.format(3.14159), '{:+d} {:+d}'.format(5, -5))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:,.2f}'.format(1234.5))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5))
print('{:e}'.format(12345.6789), '{:.2%}'.format(0.256), '{:g}'.format(0.0001))
print('{0!r} {0!s} {0!a}'.format('é'))
print('{0[0]} {0[1]} {1.real}'.format(['x', 'y'], 3))
print('{{literal}} {}'.format('v'))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=2))
try:
    '{} {}'.format('only')
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('str')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
