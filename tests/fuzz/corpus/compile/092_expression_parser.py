# A recursive-descent calculator: tokenizer, parser, evaluator, error reporting.


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            inner = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return inner
        raise SyntaxError(f"unexpected token {val!r}")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 % 3", "7 / 2", "2 * (3 + 4) - -1", "1.5 * 4", "8 / 0", "3 + $", "(1 + 2"]:
    try:
        print(f"{src} = {Parser(tokenize(src)).expr()}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src} -> {type(e).__name__}: {e}")
