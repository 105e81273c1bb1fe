# Notes, section 7: a name moves from one int to another (big ones, so not shared).
a = 5000
a = a + 2000
print(a)
