a = 1000
b = 1000
print(a is b)
t1 = (1, 2, 'x')
t2 = (1, 2, 'x')
print(t1 is t2)
s1 = f'abc'
s2 = 'abc'
print(s1 is s2)
def f():
    return 1000
print(f() is a)
name = 'hello world'
other = 'hello world'
print(name is other)
print(sum(x for x in range(5)) is 10)
