# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek())
print(s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
print(s[:1], type(s[:1]).__name__)
s.extend([7, 8])
print(sorted(s, reverse=True))
print(Stack("abc"))
print(Stack() == [], Stack([1]) == [1])

class Typed(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for i in items:
            self.append(i)
    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        super().append(x)

t = Typed(int, [1, 2])
print(t, t.kind.__name__)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
t.insert(0, "bypass")
print(t)
