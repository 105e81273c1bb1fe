class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class Queue:
    def __init__(self):
        self._items = []

    def enqueue(self, item):
        self._items.append(item)

    def dequeue(self):
        return self._items.pop(0)

    def __len__(self):
        return len(self._items)


def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    s = Stack()
    for ch in text:
        if ch in '([{':
            s.push(ch)
        elif ch in pairs:
            if len(s) == 0 or s.pop() != pairs[ch]:
                return False
    return len(s) == 0


for t in ['(a[b]{c})', '(]', '((', '']:
    print(repr(t), balanced(t))

q = Queue()
for name in ['ann', 'bob', 'cy']:
    q.enqueue(name)
while len(q):
    print('serving', q.dequeue())

s = Stack()
try:
    s.pop()
except IndexError as e:
    print('error:', e)
