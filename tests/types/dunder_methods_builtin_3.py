# subclassing builtins and delegating to dunder methods of the base
class CountingDict(dict):
    def __setitem__(self, key, value):
        print('set', key)
        dict.__setitem__(self, key, value)
    def __getitem__(self, key):
        return super().__getitem__(key) * 10
d = CountingDict()
d['x'] = 1
d['y'] = 2
print(d['x'], d.get('x'), dict(d), len(d))
class LoudList(list):
    def append(self, item):
        print('append', item)
        super().append(item)
    def __len__(self):
        return list.__len__(self) + 100
l = LoudList([1])
l.append(2)
print(l, len(l), l.__len__(), list.__len__(l))
class Str(str):
    def __add__(self, other):
        return Str(str.__add__(self, other).upper())
s = Str('ab') + 'cd'
print(s, type(s).__name__, str.__add__('x', 'y'))
class MyInt(int):
    def __add__(self, other):
        return MyInt(int.__add__(self, other) * 2)
print(MyInt(3) + 4, 4 + MyInt(3), type(MyInt(3) + 4).__name__)
class MySet(set):
    pass
m = MySet([1, 2])
print(sorted(m | {3}), type(m | {3}).__name__, type(m.copy()).__name__)
