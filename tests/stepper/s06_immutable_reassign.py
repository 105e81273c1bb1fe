# Notes, section 6: rebinding a name to immutable objects; each old one is freed.
a = 3
a = 'hello'
a = 3.14
a = 5
print(a)
