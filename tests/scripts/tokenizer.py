# A tokenizer generator feeding a small recursive-descent evaluator.
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            yield ('NUM', float(text) if '.' in text else int(text))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            yield ('NAME', src[i:j])
            i = j
        elif ch in '+-*/()=':
            yield ('OP', ch)
            i += 1
        else:
            raise SyntaxError(f'bad character {ch!r} at {i}')
    yield ('END', None)


class Parser:
    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.env = env
        self.pushed = []
        self.advance()

    def advance(self):
        self.tok = self.pushed.pop() if self.pushed else next(self.tokens)

    def expect(self, kind, value=None):
        if self.tok[0] != kind or (value is not None and self.tok[1] != value):
            raise SyntaxError(f'expected {value or kind}, got {self.tok[1]!r}')
        self.advance()

    def statement(self):
        if self.tok[0] == 'NAME':
            name_tok = self.tok
            self.advance()
            if self.tok == ('OP', '='):
                self.advance()
                self.env[name_tok[1]] = value = self.expr()
                return value
            self.pushed.append(self.tok)
            self.tok = name_tok
        value = self.expr()
        if self.tok[0] != 'END':
            raise SyntaxError(f'trailing {self.tok[1]!r}')
        return value

    def expr(self):
        value = self.term()
        while self.tok in (('OP', '+'), ('OP', '-')):
            op = self.tok[1]
            self.advance()
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.tok in (('OP', '*'), ('OP', '/')):
            op = self.tok[1]
            self.advance()
            rhs = self.factor()
            value = value * rhs if op == '*' else value / rhs
        return value

    def factor(self):
        kind, val = self.tok
        if kind == 'NUM':
            self.advance()
            return val
        if kind == 'NAME':
            self.advance()
            if val not in self.env:
                raise NameError(f'undefined {val}')
            return self.env[val]
        if self.tok == ('OP', '-'):
            self.advance()
            return -self.factor()
        if self.tok == ('OP', '('):
            self.advance()
            value = self.expr()
            self.expect('OP', ')')
            return value
        raise SyntaxError(f'unexpected {val!r}')


print(list(tokenize('x = 3 * (y + 2.5)')))
env = {}
for line in ['a = 4', 'b = a * 2 + 1', '(a + b) / 2', 'c = -a - -b', 'a * b * c', 'd + 1', '2 * (3', '7 $ 2']:
    try:
        result = Parser(line, env).statement()
        print(f'{line:14} => {result}')
    except (SyntaxError, NameError) as e:
        print(f'{line:14} !! {type(e).__name__}: {e}')
print(sorted(env.items()))
toks = tokenize('1 + 2')
print(next(toks), next(toks))
toks.close()
print(next(toks, 'closed'))
